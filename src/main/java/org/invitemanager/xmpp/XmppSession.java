package org.invitemanager.xmpp;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.invitemanager.domain.Failure;
import org.invitemanager.domain.Invite;
import org.invitemanager.domain.InviteKind;
import org.invitemanager.domain.InviteListEntry;
import org.invitemanager.domain.InviteOptions;
import org.invitemanager.domain.LoginRequest;
import org.invitemanager.domain.RegistrationPolicy;
import org.invitemanager.domain.SessionInfo;
import org.invitemanager.domain.command.AdminCommand;
import org.invitemanager.domain.command.CommandAction;
import org.invitemanager.domain.command.CommandStep;

/**
 * One admin's connection to one server. Every method returns at once; the work runs on the session's own thread
 * and futures complete there, failing with a {@link org.invitemanager.domain.FailureException}. The invite list,
 * revoke, clean-up and policy calls need the companion module; without it they fail with
 * {@link Failure.InvalidInput}.
 */
public interface XmppSession extends AutoCloseable {

    /** Connects, authenticates and learns what the account may do, replacing any earlier connection. */
    CompletableFuture<SessionInfo> login(LoginRequest request, String password, String pinnedSha256);

    /** Runs the server's command for {@code kind} and returns the invite it made. */
    default CompletableFuture<Invite> createInvite(InviteKind kind) {
        return createInvite(InviteOptions.of(kind));
    }

    /** Creates an invite: through the companion module when the server has it, else with the stock command. */
    CompletableFuture<Invite> createInvite(InviteOptions options);

    /** The server's invites, pending, expired and used. */
    CompletableFuture<List<InviteListEntry>> listInvites();

    CompletableFuture<Void> revokeInvite(String id);

    /** Removes expired invites from the server; returns how many. */
    CompletableFuture<Integer> removeExpiredInvites();

    CompletableFuture<RegistrationPolicy> registrationPolicy();

    /** Sets the policy; returns the one the server then reports. */
    CompletableFuture<RegistrationPolicy> setRegistrationPolicy(RegistrationPolicy policy);

    /** What the account may do now, read afresh on the live connection: rights can change while logged in. */
    CompletableFuture<SessionInfo> refreshCapabilities();

    /** The commands the server offers this account (XEP-0050 discovery), read afresh. */
    CompletableFuture<List<AdminCommand>> listCommands();

    /** Starts a session of the command at {@code node}: the server's first answer. */
    CompletableFuture<CommandStep> executeCommand(String node);

    /** Takes the admin's {@code action} in the session of {@code step}, sending {@code answers} as its form. */
    CompletableFuture<CommandStep> continueCommand(CommandStep step, CommandAction action,
                                                   Map<String, List<String>> answers);

    /** Cancels the session of {@code step} on the server. */
    CompletableFuture<CommandStep> cancelCommand(CommandStep step);

    /** Stops a login that is still connecting, from any thread; its future then fails. */
    void abort();

    /** Closes the connection; completes when it is closed. */
    CompletableFuture<Void> logout();

    /** Called, on a network thread, when an established connection breaks. */
    void setConnectionLostListener(ConnectionLostListener listener);

    /** Called, on the session's thread, when the server refuses an operation to this account. */
    void setForbiddenListener(ForbiddenListener listener);

    /** Disconnects and stops the session's thread. */
    @Override
    void close();

    /** Told when the connection drops without the app asking for it. */
    @FunctionalInterface
    interface ConnectionLostListener {
        void connectionLost(Failure reason);
    }

    /** Told when the server says the account may not do something, a sign that its rights may have changed. */
    @FunctionalInterface
    interface ForbiddenListener {
        void forbidden(String operation);
    }
}
