package org.invitemanager.xmpp;

import org.invitemanager.domain.Failure;
import org.invitemanager.domain.FailureException;

/** One login attempt, which the session's {@code abort()} can cancel from any thread by closing its socket. */
final class LoginAttempt {

    private volatile boolean cancelled;
    private volatile TrackingSocketFactory sockets;

    void setSockets(TrackingSocketFactory made) {
        sockets = made;
    }

    boolean isCancelled() {
        return cancelled;
    }

    void cancel() {
        cancelled = true;
        TrackingSocketFactory made = sockets;
        if (made != null) {
            made.closeLast();
        }
    }

    void check() {
        if (cancelled) {
            throw new FailureException(new Failure.Cancelled());
        }
    }
}
