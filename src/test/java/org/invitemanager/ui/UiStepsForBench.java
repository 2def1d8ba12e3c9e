package org.invitemanager.ui;

import java.nio.file.Path;
import javafx.stage.Stage;
import org.invitemanager.testsupport.ProsodyServer;
import org.testfx.api.FxRobot;

/**
 * The UI tests' own steps, opened to the benchmark harness (org.invitemanager.bench), so it shows and logs in to the
 * app exactly as the smoke tests do. Not a test: no surefire name pattern matches it.
 */
public final class UiStepsForBench {

    private UiStepsForBench() {
    }

    /** Call on the FX thread. */
    public static AutoCloseable showApp(Stage stage, Path home, double width, double height) {
        return UiSteps.showApp(stage, home, width, height);
    }

    public static void logInAsAdmin(FxRobot robot, ProsodyServer server) throws Exception {
        UiSteps.logInAsAdmin(robot, server);
    }

    /** Waits until the node is showing and enabled, as the UI tests do. */
    public static void waitUntilUsable(FxRobot robot, String query) throws Exception {
        UiSteps.waitUntil(robot, query);
    }
}
