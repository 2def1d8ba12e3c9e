package org.invitemanager.bench;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Labeled;
import org.invitemanager.testsupport.ProsodyServer;
import org.invitemanager.ui.UiStepsForBench;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real app in this JVM, headless under Monocle as the UI tests run it, logged in as the test server's admin
 * through its login form.
 */
final class HeadlessApp implements AutoCloseable {

    private final FxRobot robot = new FxRobot();
    private AutoCloseable app;

    private HeadlessApp() {
    }

    /** Shows the app with its files under {@code home}, logs in and waits for the invite screen. */
    static HeadlessApp showAndLogIn(ProsodyServer server, Path home) throws Exception {
        FxToolkit.registerPrimaryStage();
        HeadlessApp shown = new HeadlessApp();
        FxToolkit.setupStage(stage -> shown.app = UiStepsForBench.showApp(stage, home, 1000, 760));
        UiStepsForBench.logInAsAdmin(shown.robot, server);
        return shown;
    }

    FxRobot robot() {
        return robot;
    }

    /**
     * Makes {@code count} invites on the app's own bulk tab, as an admin would (the app's session and bulk engine),
     * and returns the milliseconds from the click on Start to the result line.
     */
    double bulkOnItsTab(int count) throws Exception {
        robot.clickOn("#tabBulk");
        UiStepsForBench.waitUntilUsable(robot, "#bulkCount");
        robot.doubleClickOn("#bulkCount").eraseText(3).write(Integer.toString(count));
        UiStepsForBench.waitUntilUsable(robot, "#startBatch");
        long start = System.nanoTime();
        robot.clickOn("#startBatch");
        String expected = "Made " + count + " invites";
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS,
                () -> robot.lookup("#bulkResult").queryAs(Labeled.class).getText().startsWith(expected));
        double millis = Figures.millisSince(start);
        WaitForAsyncUtils.waitForFxEvents();
        return millis;
    }

    @Override
    public void close() throws Exception {
        if (app != null) {
            FxToolkit.setupFixture(() -> {
                try {
                    app.close();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        }
        FxToolkit.cleanupStages();
    }
}
