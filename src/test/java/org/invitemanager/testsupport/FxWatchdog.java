package org.invitemanager.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/**
 * Measures how quickly the FX thread answers while a test runs: every 10 ms it posts a no-op and times how long the
 * thread took to get to it. A long wait means the window was frozen for that long, whatever the cause.
 */
public final class FxWatchdog implements AutoCloseable {

    private static final long PERIOD_MILLIS = 10;

    /** One wait longer than the limit, and what the test was doing then. */
    public record Stall(long millis, String during, String fxThreadWasAt) {
        @Override
        public String toString() {
            return millis + " ms during \"" + during + "\"; the FX thread was at:\n" + fxThreadWasAt;
        }
    }

    private final long limitMillis;
    private final Thread prober;
    private final List<Stall> stalls = new ArrayList<>();
    private volatile String phase = "start";
    private volatile boolean running = true;
    private long probes;

    private FxWatchdog(long limitMillis) {
        this.limitMillis = limitMillis;
        prober = new Thread(this::probe, "fx-watchdog");
        prober.setDaemon(true);
    }

    /** Starts probing now; stalls longer than {@code limitMillis} are kept. */
    public static FxWatchdog start(long limitMillis) {
        FxWatchdog watchdog = new FxWatchdog(limitMillis);
        watchdog.prober.start();
        return watchdog;
    }

    /** Names what the test does from now on, so a stall can be told apart from the others. */
    public void phase(String name) {
        phase = name;
    }

    private void probe() {
        while (running) {
            long posted = System.nanoTime();
            CountDownLatch ran = new CountDownLatch(1);
            Platform.runLater(ran::countDown);
            try {
                String seen = "";
                if (!ran.await(limitMillis / 2, TimeUnit.MILLISECONDS)) {
                    // Caught in the act: where the thread is now is most likely what holds it up.
                    seen = fxThreadStack();
                }
                // A thread stuck for good is a stall too: it counts from the time the probe was posted.
                while (!ran.await(1, TimeUnit.SECONDS) && running) {
                    record(posted, seen);
                }
                record(posted, seen);
                Thread.sleep(PERIOD_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static String fxThreadStack() {
        for (var entry : Thread.getAllStackTraces().entrySet()) {
            if (entry.getKey().getName().equals("JavaFX Application Thread")) {
                StringBuilder trace = new StringBuilder();
                StackTraceElement[] frames = entry.getValue();
                for (int i = 0; i < Math.min(frames.length, 25); i++) {
                    trace.append("    at ").append(frames[i]).append('\n');
                }
                return trace.toString();
            }
        }
        return "(no FX thread)";
    }

    private synchronized void record(long posted, String seen) {
        long millis = (System.nanoTime() - posted) / 1_000_000;
        probes++;
        if (millis > limitMillis) {
            stalls.add(new Stall(millis, phase, seen));
        }
    }

    /** Stops probing and fails if the FX thread ever took longer than the limit to answer. */
    public void assertResponsive() {
        close();
        synchronized (this) {
            if (probes < 10) {
                throw new AssertionError("the watchdog hardly ran: " + probes + " probes");
            }
            if (!stalls.isEmpty()) {
                throw new AssertionError("the FX thread stalled longer than " + limitMillis + " ms: " + stalls
                        + " (" + probes + " probes)");
            }
        }
    }

    @Override
    public void close() {
        running = false;
        prober.interrupt();
        try {
            prober.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
