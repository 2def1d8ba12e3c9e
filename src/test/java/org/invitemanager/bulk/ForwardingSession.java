package org.invitemanager.bulk;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.invitemanager.domain.Invite;
import org.invitemanager.domain.InviteListEntry;
import org.invitemanager.domain.InviteOptions;
import org.invitemanager.domain.LoginRequest;
import org.invitemanager.domain.RegistrationPolicy;
import org.invitemanager.domain.SessionInfo;
import org.invitemanager.domain.command.AdminCommand;
import org.invitemanager.domain.command.CommandAction;
import org.invitemanager.domain.command.CommandStep;
import org.invitemanager.xmpp.XmppSession;

/** A session that hands every call to a real one, for tests that watch the calls go by. */
class ForwardingSession implements XmppSession {

    private final XmppSession real;

    ForwardingSession(XmppSession real) {
        this.real = real;
    }

    @Override
    public CompletableFuture<SessionInfo> login(LoginRequest request, String password, String pinnedSha256) {
        return real.login(request, password, pinnedSha256);
    }

    @Override
    public CompletableFuture<Invite> createInvite(InviteOptions options) {
        return real.createInvite(options);
    }

    @Override
    public CompletableFuture<List<InviteListEntry>> listInvites() {
        return real.listInvites();
    }

    @Override
    public CompletableFuture<Void> revokeInvite(String id) {
        return real.revokeInvite(id);
    }

    @Override
    public CompletableFuture<Integer> removeExpiredInvites() {
        return real.removeExpiredInvites();
    }

    @Override
    public CompletableFuture<RegistrationPolicy> registrationPolicy() {
        return real.registrationPolicy();
    }

    @Override
    public CompletableFuture<RegistrationPolicy> setRegistrationPolicy(RegistrationPolicy policy) {
        return real.setRegistrationPolicy(policy);
    }

    @Override
    public CompletableFuture<List<AdminCommand>> listCommands() {
        return real.listCommands();
    }

    @Override
    public CompletableFuture<CommandStep> executeCommand(String node) {
        return real.executeCommand(node);
    }

    @Override
    public CompletableFuture<CommandStep> continueCommand(CommandStep step, CommandAction action,
                                                          Map<String, List<String>> answers) {
        return real.continueCommand(step, action, answers);
    }

    @Override
    public CompletableFuture<CommandStep> cancelCommand(CommandStep step) {
        return real.cancelCommand(step);
    }

    @Override
    public void abort() {
        real.abort();
    }

    @Override
    public CompletableFuture<Void> logout() {
        return real.logout();
    }

    @Override
    public void setConnectionLostListener(ConnectionLostListener listener) {
        real.setConnectionLostListener(listener);
    }

    @Override
    public void setForbiddenListener(ForbiddenListener listener) {
        real.setForbiddenListener(listener);
    }

    @Override
    public CompletableFuture<SessionInfo> refreshCapabilities() {
        return real.refreshCapabilities();
    }

    @Override
    public void close() {
        real.close();
    }
}
