package org.invitemanager.cli;

/** Runs an action when the user interrupts the process (Ctrl+C), for as long as it stays installed. */
@FunctionalInterface
public interface InterruptHook {

    /** A hook that never fires, for tests and embedding. */
    InterruptHook NONE = action -> () -> { };

    /** Installs {@code action}; closing the result uninstalls it. */
    Installed install(Runnable action);

    /** An installed action. */
    interface Installed extends AutoCloseable {
        @Override
        void close();
    }
}
