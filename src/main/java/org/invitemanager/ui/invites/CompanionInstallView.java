package org.invitemanager.ui.invites;

import atlantafx.base.theme.Styles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** On a stock server: one line on what the companion module adds, and, on request, how to install it. */
public final class CompanionInstallView extends VBox {

    static final String MODULE_RESOURCE = "/org/invitemanager/prosody/mod_invite_manager.lua";
    static final String STEPS = """
            1. Save the module file (button below) into a folder Prosody reads, e.g. /usr/local/lib/prosody/modules/
            2. In /etc/prosody/prosody.cfg.lua:
                 plugin_paths = { "/usr/local/lib/prosody/modules" }
                 modules_enabled = { …; "invites"; "invites_adhoc"; "invites_register"; "invite_manager" }
                 registration_invite_only = true
            3. Restart Prosody (sudo systemctl restart prosody), then sign out and log in again here.
            The README's "Companion Prosody module" section has the details.""";

    private final Label saved = new Label();

    public CompanionInstallView(InvitesViewModel model) {
        setId("companionInstall");
        setSpacing(6);
        Label hint = new Label();
        hint.setId("companionHint");
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.textProperty().bind(model.companionHintProperty());

        TextArea steps = new TextArea(STEPS);
        steps.setId("companionSteps");
        steps.setEditable(false);
        steps.setWrapText(true);
        steps.setPrefRowCount(8);
        steps.setAccessibleText("How to install the Invite Manager module");
        Button save = new Button("Save the module file…");
        save.setId("saveCompanionModule");
        save.setOnAction(e -> save());
        saved.setId("companionSaved");
        saved.setWrapText(true);
        VBox details = new VBox(6, steps, save, saved);
        details.setVisible(false);
        details.managedProperty().bind(details.visibleProperty());

        Hyperlink toggle = new Hyperlink("How to install the module");
        toggle.setId("companionHowTo");
        toggle.setOnAction(e -> details.setVisible(!details.isVisible()));

        getChildren().addAll(hint, toggle, details);
        visibleProperty().bind(model.companionHintProperty().isNotEmpty());
        managedProperty().bind(visibleProperty());
    }

    private void save() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the Invite Manager module for Prosody");
        chooser.setInitialFileName("mod_invite_manager.lua");
        var file = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (file == null) {
            return;
        }
        try {
            writeModule(file.toPath());
            saved.setText("Saved " + file + ".");
        } catch (IOException | UncheckedIOException e) {
            saved.setText("Could not save the module: " + e.getMessage());
        }
    }

    static void writeModule(Path target) throws IOException {
        try (InputStream module = CompanionInstallView.class.getResourceAsStream(MODULE_RESOURCE)) {
            if (module == null) {
                throw new IOException("the module is missing from this build");
            }
            Files.copy(module, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
