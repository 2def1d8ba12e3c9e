package org.invitemanager;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;

/**
 * For start-up benchmarks and the AppCDS training run: with {@code -Dinvitemanager.startupProbe} set, prints
 * {@code first-frame-ms=N} once, N being the milliseconds from the start of the process to the window's first
 * frame; with the value {@code exit} the app then quits.
 * <p>
 * The first frame is shown when the render thread has painted the first pulse that laid out the showing stage.
 * There is no public hook for that, so right after that pulse the probe asks the same single render thread for a
 * 1-pixel snapshot, which waits behind the frame's painting (130-230 ms in software under Xvfb, most of the first
 * frame's cost).
 */
final class StartupProbe implements Runnable {

    static final String PROPERTY = "invitemanager.startupProbe";

    private final Scene scene;
    private final Stage stage;
    private final boolean exit;
    private boolean done;

    private StartupProbe(Stage stage, boolean exit) {
        this.scene = stage.getScene();
        this.stage = stage;
        this.exit = exit;
    }

    /** Call after {@code stage.show()}; does nothing unless the property is set. */
    static void watch(Stage stage) {
        String mode = System.getProperty(PROPERTY);
        if (mode != null) {
            stage.getScene().addPostLayoutPulseListener(new StartupProbe(stage, "exit".equals(mode)));
        }
    }

    @Override
    public void run() {
        if (done || !stage.isShowing()) {
            return;
        }
        done = true;
        // Runs after this pulse, whose frame is queued for painting by then; also, the scene is iterating over
        // its listeners now.
        Platform.runLater(this::afterFirstFrame);
    }

    private void afterFirstFrame() {
        scene.removePostLayoutPulseListener(this);
        new Rectangle(1, 1).snapshot(null, null);
        long millis = millisSinceProcessStart();
        // A result line for scripts, like the command line's output, so standard output rather than the log.
        System.out.println("first-frame-ms=" + millis);
        System.out.flush();
        if (exit) {
            Platform.exit();
        }
    }

    static long millisSinceProcessStart() {
        // On Linux, ProcessHandle's start instant adds ticks to /proc/stat's btime, which is in whole seconds, so it
        // comes out up to a second early (here 175 ms). /proc/self/stat and /proc/uptime count on the same boot
        // clock, in 10 ms ticks (USER_HZ is 100 on every mainstream Linux).
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long startTicks = Long.parseLong(fields[19]);
            String uptime = Files.readString(Path.of("/proc/uptime"));
            return Math.round(Double.parseDouble(uptime.substring(0, uptime.indexOf(' '))) * 1000) - startTicks * 10;
        } catch (IOException | RuntimeException notLinux) {
            return ProcessHandle.current().info().startInstant()
                    .map(start -> Duration.between(start, Instant.now()).toMillis())
                    .orElse(-1L);
        }
    }
}
