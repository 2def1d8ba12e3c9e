package org.invitemanager.ui.invites;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.invitemanager.ui.Texts;

/** On a stock server: one line on what the companion module adds, and, on request, how to install it. */
public final class CompanionInstallView extends VBox {

    public CompanionInstallView(InvitesViewModel model) {
        setId("companionInstall");
        setSpacing(6);
        Label hint = new Label();
        hint.setId("companionHint");
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.textProperty().bind(model.companionHintProperty());

        CompanionGuide details = new CompanionGuide();
        details.setVisible(false);
        details.managedProperty().bind(details.visibleProperty());

        Hyperlink toggle = new Hyperlink(Texts.get("companion.howTo"));
        toggle.setId("companionHowTo");
        toggle.setOnAction(e -> details.setVisible(!details.isVisible()));

        getChildren().addAll(hint, toggle, details);
        visibleProperty().bind(model.companionHintProperty().isNotEmpty());
        managedProperty().bind(visibleProperty());
    }
}
