package org.invitemanager.ui;

import java.time.Duration;

/** Runs work later on the UI executor: the app on a timer thread, tests on a clock they move by hand. */
@FunctionalInterface
public interface Delays {

    /** Runs {@code task} after {@code delay}; the returned action cancels it if it has not run yet. */
    Runnable after(Duration delay, Runnable task);
}
