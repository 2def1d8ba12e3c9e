package org.invitemanager.ui.app;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;
import org.invitemanager.ui.Texts;
import org.invitemanager.ui.invites.CompanionGuide;

/** The companion module's install steps on their own, reachable from the menu and About on any server. */
public final class CompanionGuideDialog extends Dialog<Void> {

    public CompanionGuideDialog(Window owner) {
        initOwner(owner);
        setTitle(Texts.get("companion.dialog.title"));
        getDialogPane().setId("companionGuideDialog");
        getDialogPane().setHeaderText(Texts.get("companion.dialog.header"));
        CompanionGuide guide = new CompanionGuide();
        guide.setPrefWidth(640);
        getDialogPane().setContent(guide);
        getDialogPane().getButtonTypes().add(new ButtonType(Texts.get("about.close"),
                ButtonType.CLOSE.getButtonData()));
        setResizable(true);
    }
}
