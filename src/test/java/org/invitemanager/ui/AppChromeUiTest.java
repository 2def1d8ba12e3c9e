package org.invitemanager.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/** The parts of the window around the screens: the shortcuts overlay, the theme menu and About. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class AppChromeUiTest {

    @TempDir
    Path home;

    private AutoCloseable context;

    @Start
    void start(Stage stage) {
        context = UiSteps.showApp(stage, home, 1000, 700);
    }

    @Stop
    void stop() throws Exception {
        context.close();
        WaitForAsyncUtils.asyncFx(() -> Application.setUserAgentStylesheet(
                new PrimerLight().getUserAgentStylesheet())).get();
    }

    @Test
    void f1ListsTheShortcutsAndEscGivesTheFocusBack(FxRobot robot) throws Exception {
        UiSteps.waitUntil(robot, "#jid");
        robot.clickOn("#jid");
        Node overlay = robot.lookup("#shortcutsOverlay").query();
        assertFalse(overlay.isVisible());

        robot.press(KeyCode.F1).release(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(overlay.isVisible());
        List<String> shown = robot.from(robot.lookup("#shortcutsTable").<Node>query()).lookup(".label")
                .queryAllAs(Labeled.class).stream().map(Labeled::getText).toList();
        for (String expected : List.of("Ctrl+N", "New account invite", "Ctrl+Shift+N", "New contact invite",
                "Ctrl+Shift+C", "F11", "F5", "Show this list")) {
            assertTrue(shown.stream().anyMatch(text -> text.contains(expected)), expected + " in " + shown);
        }
        assertEquals("closeShortcuts", robot.lookup("#closeShortcuts").query().getScene().getFocusOwner().getId());

        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(overlay.isVisible());
        assertEquals("jid", overlay.getScene().getFocusOwner().getId(), "the focus goes back to where it was");
    }

    @Test
    void theMenuSwitchesToDarkAndRemembersIt(FxRobot robot) throws Exception {
        UiSteps.waitUntil(robot, "#jid");
        robot.clickOn("#appMenu");
        robot.clickOn("Theme");
        robot.clickOn("Dark");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(new PrimerDark().getUserAgentStylesheet(), Application.getUserAgentStylesheet());
        assertTrue(robot.lookup(".main-view").query().getPseudoClassStates().stream()
                .anyMatch(p -> p.getPseudoClassName().equals("dark")));
        Path saved = home.resolve("config/appearance.properties");
        org.testfx.util.WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                () -> Files.exists(saved) && Files.readString(saved).contains("theme=DARK"));

        robot.clickOn("#appMenu");
        robot.clickOn("Theme");
        robot.clickOn("Light");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(new PrimerLight().getUserAgentStylesheet(), Application.getUserAgentStylesheet());
    }

    @Test
    void aboutGivesTheVersionAndTheLibrariesLicences(FxRobot robot) throws Exception {
        UiSteps.waitUntil(robot, "#jid");
        robot.press(KeyCode.F10).release(KeyCode.F10);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("About Invite Manager");
        UiSteps.waitUntil(robot, "#aboutDialog");
        String version = robot.lookup("#aboutVersion").queryAs(Label.class).getText();
        assertTrue(version.matches("Version \\d+\\.\\d+\\.\\d+.*"), version);
        String licences = robot.lookup("#aboutLicences").queryAs(TextArea.class).getText();
        assertTrue(licences.contains("Smack") && licences.contains("ZXing") && licences.contains("GPLv2+CE"),
                licences);
        javafx.stage.Window dialog = robot.lookup("#aboutDialog").queryAs(DialogPane.class).getScene().getWindow();
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(dialog.isShowing(), "Esc closes About");
    }

    @Test
    void theMenuShowsTheCompanionModulesInstallStepsOnAnyServer(FxRobot robot) throws Exception {
        UiSteps.waitUntil(robot, "#jid");
        robot.clickOn("#appMenu");
        robot.clickOn("Install the companion module…");
        UiSteps.waitUntil(robot, "#companionGuideDialog");
        String steps = robot.lookup("#companionGuideDialog #companionSteps").queryAs(TextArea.class).getText();
        assertTrue(steps.contains("\"invite_manager\"") && steps.contains("plugin_paths"), steps);
        assertTrue(UiSteps.isShowing(robot.lookup("#companionGuideDialog #saveCompanionModule").query()));
        javafx.stage.Window dialog = robot.lookup("#companionGuideDialog").query().getScene().getWindow();
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(dialog.isShowing());
    }
}
