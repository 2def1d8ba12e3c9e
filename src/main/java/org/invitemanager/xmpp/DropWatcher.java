package org.invitemanager.xmpp;

import java.util.function.Consumer;
import java.util.function.Supplier;
import org.invitemanager.domain.Failure;
import org.jivesoftware.smack.ConnectionListener;

/**
 * Hears a connection end without being asked to, and passes on why. The reason is worked out only when the session
 * still cares about that connection, so a failed login's own drop logs nothing twice.
 */
final class DropWatcher implements ConnectionListener {

    private final ConnectionTarget target;
    private final Consumer<Supplier<Failure>> dropped;

    DropWatcher(ConnectionTarget target, Consumer<Supplier<Failure>> dropped) {
        this.target = target;
        this.dropped = dropped;
    }

    @Override
    public void connectionClosedOnError(Exception e) {
        dropped.accept(() -> {
            Failure reason = Failures.translate("connection", target, e).failure();
            return reason instanceof Failure.Unexpected ? new Failure.ConnectionLost() : reason;
        });
    }

    @Override
    public void connectionClosed() {
        // Also called for the app's own disconnect, which the session ignores because it cleared the connection first.
        dropped.accept(Failure.ConnectionLost::new);
    }
}
