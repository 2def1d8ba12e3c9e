package org.invitemanager.ui.app;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.invitemanager.desktop.AppInfo;
import org.invitemanager.ui.Texts;

/** Name, version, the libraries' licences, and the way to the companion module's install steps. */
public final class AboutDialog extends Dialog<Void> {

    public AboutDialog(Window owner, AppInfo info, Image icon, Runnable showCompanionSteps) {
        initOwner(owner);
        setTitle(Texts.get("about.title"));
        getDialogPane().setId("aboutDialog");
        getDialogPane().getButtonTypes().add(new ButtonType(Texts.get("about.close"), ButtonType.CLOSE.getButtonData()));

        Label name = new Label(Texts.get("app.name"));
        name.getStyleClass().add(Styles.TITLE_2);
        Label version = new Label(info.version().isEmpty() ? Texts.get("about.versionUnknown")
                : Texts.format("about.version", info.version()));
        version.setId("aboutVersion");
        Label runtime = new Label(Texts.format("about.runtime", info.javaVersion(), info.javaFxVersion()));
        runtime.getStyleClass().add(Styles.TEXT_MUTED);
        Label summary = new Label(Texts.get("about.summary"));
        summary.setWrapText(true);
        VBox words = new VBox(4, name, version, summary, runtime);
        HBox top = new HBox(16);
        top.setAlignment(Pos.TOP_LEFT);
        if (icon != null) {
            ImageView view = new ImageView(icon);
            view.setFitWidth(64);
            view.setFitHeight(64);
            view.setAccessibleText(Texts.get("about.icon"));
            top.getChildren().add(view);
        }
        top.getChildren().add(words);

        Hyperlink companion = new Hyperlink(Texts.get("about.companionSteps"));
        companion.setId("aboutCompanionSteps");
        companion.setOnAction(e -> {
            close();
            showCompanionSteps.run();
        });

        TextArea licences = new TextArea(info.thirdPartyLicences().isEmpty() ? Texts.get("about.licencesMissing")
                : Texts.get("about.licencesIntro") + "\n\n" + info.thirdPartyLicences());
        licences.setId("aboutLicences");
        licences.setEditable(false);
        licences.setWrapText(false);
        licences.setPrefRowCount(14);
        licences.setAccessibleText(Texts.get("about.licences"));
        TitledPane licencePane = new TitledPane(Texts.get("about.licences"), licences);
        licencePane.setExpanded(false);
        licencePane.setId("aboutLicencePane");

        VBox content = new VBox(14, top, companion, licencePane);
        content.setPadding(new Insets(8, 4, 0, 4));
        content.setPrefWidth(620);
        getDialogPane().setContent(content);
        setResizable(true);
    }
}
