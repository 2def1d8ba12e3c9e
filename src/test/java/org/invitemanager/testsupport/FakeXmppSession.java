package org.invitemanager.testsupport;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.invitemanager.domain.Failure;
import org.invitemanager.domain.FailureException;
import org.invitemanager.domain.Invite;
import org.invitemanager.domain.InviteKind;
import org.invitemanager.domain.InviteListEntry;
import org.invitemanager.domain.InviteOptions;
import org.invitemanager.domain.RegistrationPolicy;
import org.invitemanager.domain.LoginRequest;
import org.invitemanager.domain.SessionInfo;
import org.invitemanager.domain.command.AdminCommand;
import org.invitemanager.domain.command.CommandAction;
import org.invitemanager.domain.command.CommandStep;
import org.invitemanager.xmpp.XmppSession;

/**
 * A session for view-model tests: answers logins and invites from queues the test fills, records what was asked,
 * and keeps the lost-connection listener so a test can fire it. An empty queue answers with a failure.
 */
public final class FakeXmppSession implements XmppSession {

    public final Deque<CompletableFuture<SessionInfo>> logins = new ArrayDeque<>();
    public final List<LoginCall> loginCalls = new ArrayList<>();
    public final Deque<CompletableFuture<Invite>> invites = new ArrayDeque<>();
    public final List<InviteKind> created = new ArrayList<>();
    public final List<InviteOptions> createdWith = new ArrayList<>();
    public final Deque<CompletableFuture<List<InviteListEntry>>> lists = new ArrayDeque<>();
    public int listCalls;
    public final Deque<CompletableFuture<Void>> revokes = new ArrayDeque<>();
    public final List<String> revoked = new ArrayList<>();
    public final Deque<CompletableFuture<Integer>> cleanups = new ArrayDeque<>();
    public final Deque<CompletableFuture<RegistrationPolicy>> policies = new ArrayDeque<>();
    public final List<RegistrationPolicy> policiesSet = new ArrayList<>();
    public final Deque<CompletableFuture<List<AdminCommand>>> commandLists = new ArrayDeque<>();
    public final Deque<CompletableFuture<CommandStep>> commandSteps = new ArrayDeque<>();
    public final List<CommandCall> commandCalls = new ArrayList<>();
    public final Deque<CompletableFuture<SessionInfo>> capabilityChecks = new ArrayDeque<>();
    public ConnectionLostListener lostListener = reason -> { };
    public ForbiddenListener forbiddenListener = what -> { };
    public int aborts;
    public int logouts;

    /** One call to the command runner: the node, the action taken (EXECUTE to start) and the answers sent. */
    public record CommandCall(String node, String sessionId, CommandAction action, Map<String, List<String>> answers) { }

    /** One call to {@link #login}. */
    public record LoginCall(LoginRequest request, String password, String pin) { }

    @Override
    public CompletableFuture<SessionInfo> login(LoginRequest request, String password, String pinnedSha256) {
        loginCalls.add(new LoginCall(request, password, pinnedSha256));
        return next(logins);
    }

    @Override
    public CompletableFuture<Invite> createInvite(InviteOptions options) {
        created.add(options.kind());
        createdWith.add(options);
        return next(invites);
    }

    @Override
    public CompletableFuture<List<AdminCommand>> listCommands() {
        return next(commandLists);
    }

    @Override
    public CompletableFuture<CommandStep> executeCommand(String node) {
        commandCalls.add(new CommandCall(node, null, CommandAction.EXECUTE, Map.of()));
        return next(commandSteps);
    }

    @Override
    public CompletableFuture<CommandStep> continueCommand(CommandStep step, CommandAction action,
                                                          Map<String, List<String>> answers) {
        commandCalls.add(new CommandCall(step.node(), step.sessionId(), action, Map.copyOf(answers)));
        return next(commandSteps);
    }

    @Override
    public CompletableFuture<CommandStep> cancelCommand(CommandStep step) {
        commandCalls.add(new CommandCall(step.node(), step.sessionId(), CommandAction.CANCEL, Map.of()));
        return next(commandSteps);
    }

    @Override
    public CompletableFuture<List<InviteListEntry>> listInvites() {
        listCalls++;
        return next(lists);
    }

    @Override
    public CompletableFuture<Void> revokeInvite(String id) {
        revoked.add(id);
        return next(revokes);
    }

    @Override
    public CompletableFuture<Integer> removeExpiredInvites() {
        return next(cleanups);
    }

    @Override
    public CompletableFuture<RegistrationPolicy> registrationPolicy() {
        return next(policies);
    }

    @Override
    public CompletableFuture<RegistrationPolicy> setRegistrationPolicy(RegistrationPolicy policy) {
        policiesSet.add(policy);
        return next(policies);
    }

    @Override
    public void abort() {
        aborts++;
    }

    @Override
    public CompletableFuture<Void> logout() {
        logouts++;
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void setConnectionLostListener(ConnectionLostListener listener) {
        lostListener = listener;
    }

    @Override
    public void setForbiddenListener(ForbiddenListener listener) {
        forbiddenListener = listener;
    }

    @Override
    public CompletableFuture<SessionInfo> refreshCapabilities() {
        return next(capabilityChecks);
    }

    @Override
    public void close() {
    }

    private static <T> CompletableFuture<T> next(Deque<CompletableFuture<T>> answers) {
        CompletableFuture<T> answer = answers.poll();
        return answer != null ? answer
                : CompletableFuture.failedFuture(new FailureException(new Failure.Unexpected("no answer")));
    }
}
