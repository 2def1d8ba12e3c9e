package org.invitemanager.ui.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.controlsfx.control.decoration.Decorator;
import org.invitemanager.AppContextAccess;
import org.invitemanager.settings.AppPaths;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The login screen inside the real window, wired as the app wires it: the real OS keyring (in this JVM usually
 * without a session bus) and ControlsFX marks, which put a layer of their own over the whole scene.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class LoginInAppUiTest {

    @TempDir
    static Path home;

    private AppContextAccess app;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        app = AppContextAccess.create(new AppPaths(home.resolve("config"), home.resolve("data")));
        Scene scene = new Scene(app.mainView(), 900, 700);
        scene.getStylesheets().add(AppContextAccess.stylesheet());
        stage.setScene(scene);
        stage.show();
    }

    @Stop
    void stop() {
        app.close();
    }

    @Test
    void theKeyringCheckEndsAndAMistakeIsMarkedWithoutConnecting(FxRobot robot) throws Exception {
        CheckBox remember = robot.lookup("#rememberPassword").queryAs(CheckBox.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !remember.getTooltip().getText().equals("Checking for a keyring…"));
        if (System.getenv("DBUS_SESSION_BUS_ADDRESS") == null) {
            assertTrue(remember.isDisabled(), "no session bus, so no keyring");
            assertTrue(remember.getTooltip().getText().startsWith("No keyring was found"),
                    remember.getTooltip().getText());
        }

        robot.clickOn("#jid").write("no-at-sign");
        robot.clickOn("#login");
        WaitForAsyncUtils.waitForFxEvents();

        TextInputControl jid = robot.lookup("#jid").queryAs(TextInputControl.class);
        assertFalse(Decorator.getDecorations(jid).isEmpty());
        assertEquals("\"no-at-sign\" is not a JID. It looks like admin@example.org.",
                robot.lookup("#jidProblem").queryAs(Label.class).getText());
        assertFalse(robot.lookup("#cancelLogin").query().isVisible(), "not connecting");
        assertTrue(robot.lookup("#loginView").query().getScene() != null, "the page survives the marks' layer");
        assertFalse(Files.exists(home.resolve("config/profiles.properties")), "nothing saved for a refused form");
    }
}
