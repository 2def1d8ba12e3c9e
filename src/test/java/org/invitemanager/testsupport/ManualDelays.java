package org.invitemanager.testsupport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.invitemanager.ui.Delays;

/** Delays that wait for the test: it sees what was scheduled, and for how long, and runs it when it likes. */
public final class ManualDelays implements Delays {

    /** One scheduled task; cancelled ones stay in the list, marked. */
    public static final class Scheduled {
        private final Duration delay;
        private final Runnable task;
        private boolean cancelled;
        private boolean ran;

        Scheduled(Duration delay, Runnable task) {
            this.delay = delay;
            this.task = task;
        }

        public Duration delay() {
            return delay;
        }

        public boolean cancelled() {
            return cancelled;
        }
    }

    private final List<Scheduled> scheduled = new ArrayList<>();

    @Override
    public Runnable after(Duration delay, Runnable task) {
        Scheduled entry = new Scheduled(delay, task);
        scheduled.add(entry);
        return () -> entry.cancelled = true;
    }

    /** Everything scheduled so far, in order. */
    public List<Scheduled> scheduled() {
        return List.copyOf(scheduled);
    }

    /** Tasks neither run nor cancelled. */
    public List<Scheduled> waiting() {
        return scheduled.stream().filter(entry -> !entry.cancelled && !entry.ran).toList();
    }

    /** Runs the one task that is waiting, as if its time had come. */
    public void runNext() {
        List<Scheduled> due = waiting();
        if (due.size() != 1) {
            throw new AssertionError("expected exactly one waiting task, found " + due.size());
        }
        Scheduled entry = due.get(0);
        entry.ran = true;
        entry.task.run();
    }
}
