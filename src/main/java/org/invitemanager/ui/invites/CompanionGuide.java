package org.invitemanager.ui.invites;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.invitemanager.ui.Texts;

/**
 * How to install the companion module on Prosody, with a button that saves the module file the app carries. Shown
 * under the stock-server hint and from the main menu.
 */
public final class CompanionGuide extends VBox {

    static final String MODULE_RESOURCE = "/org/invitemanager/prosody/mod_invite_manager.lua";
    private static final String CONFIG = """
                 plugin_paths = { "/usr/local/lib/prosody/modules" }
                 modules_enabled = { …; "invites"; "invites_adhoc"; "invites_register"; "invite_manager" }
                 registration_invite_only = true\
            """;

    private final Label saved = new Label();

    public CompanionGuide() {
        super(6);
        TextArea steps = new TextArea(steps());
        steps.setId("companionSteps");
        steps.setEditable(false);
        steps.setWrapText(true);
        steps.setPrefRowCount(8);
        steps.setAccessibleText(Texts.get("companion.steps.accessible"));
        Button save = new Button(Texts.get("companion.save"));
        save.setId("saveCompanionModule");
        save.setOnAction(e -> save());
        saved.setId("companionSaved");
        saved.setWrapText(true);
        getChildren().addAll(steps, save, saved);
    }

    private void save() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Texts.get("companion.save.title"));
        chooser.setInitialFileName("mod_invite_manager.lua");
        var file = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (file == null) {
            return;
        }
        try {
            writeModule(file.toPath());
            saved.setText(Texts.format("companion.saved", file.toString()));
        } catch (IOException | UncheckedIOException e) {
            saved.setText(Texts.format("companion.saveFailed", e.getMessage()));
        }
    }

    /** The install steps; paths, commands and configuration lines stay as they are in every language. */
    static String steps() {
        return Texts.format("companion.steps", "/usr/local/lib/prosody/modules/", "/etc/prosody/prosody.cfg.lua",
                CONFIG, "sudo systemctl restart prosody");
    }

    static void writeModule(Path target) throws IOException {
        try (InputStream module = CompanionGuide.class.getResourceAsStream(MODULE_RESOURCE)) {
            if (module == null) {
                throw new IOException(Texts.get("companion.missingFromBuild"));
            }
            Files.copy(module, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
