package org.invitemanager.xmpp;

import java.util.concurrent.CompletableFuture;
import org.invitemanager.domain.Failure;
import org.invitemanager.domain.Invite;
import org.invitemanager.domain.InviteKind;
import org.invitemanager.domain.LoginRequest;
import org.invitemanager.domain.SessionInfo;

/**
 * One admin's connection to one server. Every method returns at once; the work runs on the session's own thread
 * and futures complete there, failing with a {@link org.invitemanager.domain.FailureException}.
 */
public interface XmppSession extends AutoCloseable {

    /** Connects, authenticates and learns what the account may do, replacing any earlier connection. */
    CompletableFuture<SessionInfo> login(LoginRequest request, String password, String pinnedSha256);

    /** Runs the server's command for {@code kind} and returns the invite it made. */
    CompletableFuture<Invite> createInvite(InviteKind kind);

    /** Stops a login that is still connecting, from any thread; its future then fails. */
    void abort();

    /** Closes the connection; completes when it is closed. */
    CompletableFuture<Void> logout();

    /** Called, on a network thread, when an established connection breaks. */
    void setConnectionLostListener(ConnectionLostListener listener);

    /** Disconnects and stops the session's thread. */
    @Override
    void close();

    /** Told when the connection drops without the app asking for it. */
    @FunctionalInterface
    interface ConnectionLostListener {
        void connectionLost(Failure reason);
    }
}
