package org.invitemanager.xmpp;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.invitemanager.domain.Failure;
import org.invitemanager.domain.FailureException;
import org.invitemanager.domain.Invite;
import org.invitemanager.domain.InviteListEntry;
import org.invitemanager.domain.InviteOptions;
import org.invitemanager.domain.RegistrationPolicy;
import org.invitemanager.domain.LoginRequest;
import org.invitemanager.domain.ServerCapabilities;
import org.invitemanager.domain.SessionInfo;
import org.invitemanager.domain.command.AdminCommand;
import org.invitemanager.domain.command.CommandAction;
import org.invitemanager.domain.command.CommandStep;
import org.jivesoftware.smack.XMPPConnection;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;

/**
 * The Smack-backed session. All Smack calls start on one named daemon thread, so calls are started in the order they
 * were made. Creating an invite does not hold that thread while the server answers, so a batch keeps several in flight
 * over the one connection; Smack delivers those answers on its own threads. {@link #abort()} closes the socket of a
 * login attempt that is blocking the session thread.
 */
public final class SmackXmppSession implements XmppSession {

    static final String NEEDS_COMPANION = "This needs the Invite Manager module on the server.";

    private static final Logger LOG = Logger.getLogger(SmackXmppSession.class.getName());

    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "xmpp-session");
        thread.setDaemon(true);
        return thread;
    });
    private final Duration replyTimeout;
    private volatile ConnectionLostListener lostListener = reason -> { };
    private volatile ForbiddenListener forbiddenListener = what -> { };
    private volatile LoginAttempt attempt;
    private XMPPTCPConnection connection;
    private ConnectionTarget target;
    private ServerCapabilities capabilities = new ServerCapabilities("", Set.of());

    public SmackXmppSession() {
        this(SmackConnections.REPLY_TIMEOUT);
    }

    /** A session that gives up on any answer after {@code replyTimeout}. */
    public SmackXmppSession(Duration replyTimeout) {
        this.replyTimeout = replyTimeout;
    }

    @Override
    public CompletableFuture<SessionInfo> login(LoginRequest request, String password, String pinnedSha256) {
        LoginAttempt current = new LoginAttempt();
        attempt = current;
        return CompletableFuture.supplyAsync(() -> {
            ConnectionTarget newTarget = ConnectionTarget.of(request, pinnedSha256);
            SmackConnections.Trusted created = null;
            try {
                current.check();
                disconnectQuietly();
                created = SmackConnections.create(newTarget, request.localpart(), password, replyTimeout);
                current.setSockets(created.sockets());
                current.check();
                XMPPTCPConnection newConnection = created.connection();
                // Before connecting, so no drop goes unseen; drops of a connection not yet current are ignored.
                newConnection.addConnectionListener(new DropWatcher(newTarget, reason -> dropped(newConnection, reason)));
                newConnection.connect();
                current.check();
                newConnection.login();
                current.check();
                ServerCapabilities found = CapabilityDiscovery.discover(newConnection, request.domain());
                current.check();
                connection = newConnection;
                target = newTarget;
                capabilities = found;
                LOG.info(() -> "logged in to " + request.domain() + " with " + found.commandNodes().size()
                        + " commands" + (found.hasCompanion() ? ", companion module present" : ""));
                return new SessionInfo(request.jid(), found);
            } catch (Exception e) {
                if (created != null) {
                    Liveness.disconnectSafely(created.connection());
                }
                if (current.isCancelled()) {
                    throw new FailureException(new Failure.Cancelled());
                }
                Throwable explained = created == null ? e : created.trust().explain(e);
                throw Failures.translate("login to " + request.domain(), newTarget, explained);
            } finally {
                if (attempt == current) {
                    attempt = null;
                }
            }
        }, worker);
    }

    @Override
    public CompletableFuture<Invite> createInvite(InviteOptions options) {
        // Started without waiting for the answer, so a batch can have several creates in flight at once.
        return callAsync("create " + options.kind() + " invite", current -> {
            if (capabilities.hasCompanion()) {
                return new CompanionClient(current).create(options);
            }
            if (options.needsCompanionOnStockServer()) {
                throw new FailureException(new Failure.InvalidInput(NEEDS_COMPANION));
            }
            return new AdHocInviteClient(current).create(options);
        });
    }

    @Override
    public CompletableFuture<List<InviteListEntry>> listInvites() {
        return call("list invites", current -> companion(current).list());
    }

    @Override
    public CompletableFuture<Void> revokeInvite(String id) {
        return call("revoke invite " + id, current -> {
            companion(current).revoke(id);
            return null;
        });
    }

    @Override
    public CompletableFuture<Integer> removeExpiredInvites() {
        return call("remove expired invites", current -> companion(current).removeExpired());
    }

    @Override
    public CompletableFuture<RegistrationPolicy> registrationPolicy() {
        return call("read registration policy", current -> companion(current).policy());
    }

    @Override
    public CompletableFuture<RegistrationPolicy> setRegistrationPolicy(RegistrationPolicy policy) {
        return call("set registration policy", current -> companion(current).setPolicy(policy));
    }

    @Override
    public CompletableFuture<SessionInfo> refreshCapabilities() {
        return call("read capabilities", current -> {
            capabilities = CapabilityDiscovery.discover(current, target.domain());
            return new SessionInfo(current.getUser().asBareJid().toString(), capabilities);
        });
    }

    @Override
    public CompletableFuture<List<AdminCommand>> listCommands() {
        return call("list commands", CapabilityDiscovery::commands);
    }

    @Override
    public CompletableFuture<CommandStep> executeCommand(String node) {
        return callAsync("run command " + node, current -> new CommandStages(current).execute(node));
    }

    @Override
    public CompletableFuture<CommandStep> continueCommand(CommandStep step, CommandAction action,
                                                          Map<String, List<String>> answers) {
        return callAsync(action.wireName() + " command " + step.node(),
                current -> new CommandStages(current).proceed(step, action, answers));
    }

    @Override
    public CompletableFuture<CommandStep> cancelCommand(CommandStep step) {
        return callAsync("cancel command " + step.node(), current -> new CommandStages(current).cancel(step));
    }

    private CompanionClient companion(XMPPConnection current) {
        if (!capabilities.hasCompanion()) {
            throw new FailureException(new Failure.InvalidInput(NEEDS_COMPANION));
        }
        return new CompanionClient(current);
    }

    /** One unit of work on the live connection, done when it returns. */
    @FunctionalInterface
    private interface Call<T> {
        T run(XMPPTCPConnection connection) throws Exception;
    }

    /** One unit of work on the live connection, started on the session thread and done when its future is. */
    @FunctionalInterface
    private interface AsyncCall<T> {
        CompletableFuture<T> start(XMPPTCPConnection connection) throws Exception;
    }

    private <T> CompletableFuture<T> call(String what, Call<T> work) {
        return callAsync(what, current -> CompletableFuture.completedFuture(work.run(current)));
    }

    private <T> CompletableFuture<T> callAsync(String what, AsyncCall<T> work) {
        return CompletableFuture.supplyAsync(this::requireConnection, worker)
                .thenComposeAsync(current -> started(work, current)
                        .handleAsync((value, error) -> {
                            if (error != null) {
                                throw explained(what, current, CommandStages.unwrap(error));
                            }
                            return value;
                        }, worker), worker);
    }

    private static <T> CompletableFuture<T> started(AsyncCall<T> work, XMPPTCPConnection current) {
        try {
            return work.start(current);
        } catch (Exception e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private FailureException explained(String what, XMPPTCPConnection current, Exception error) {
        FailureException failure = error instanceof FailureException known ? known
                : Failures.translate(what, target, error);
        if (failure.failure() instanceof Failure.Timeout && connection == current
                && !Liveness.answersPing(current, replyTimeout)) {
            // A link that died silently (sleep, network change, a server that hangs) would otherwise time out on
            // every click; Smack does not report a shutdown the app asks for, so the drop is reported here.
            connection = null;
            current.instantShutdown();
            lostListener.connectionLost(failure.failure());
        } else if (failure.failure() instanceof Failure.Forbidden) {
            forbiddenListener.forbidden(what);
        }
        return failure;
    }

    @Override
    public CompletableFuture<Void> logout() {
        return CompletableFuture.runAsync(this::disconnectQuietly, worker);
    }

    @Override
    public void abort() {
        LoginAttempt running = attempt;
        if (running != null) {
            running.cancel();
        }
    }

    @Override
    public void setConnectionLostListener(ConnectionLostListener listener) {
        this.lostListener = listener == null ? reason -> { } : listener;
    }

    @Override
    public void setForbiddenListener(ForbiddenListener listener) {
        this.forbiddenListener = listener == null ? what -> { } : listener;
    }

    @Override
    public void close() {
        abort();
        try {
            worker.execute(this::disconnectQuietly);
        } catch (RejectedExecutionException alreadyClosed) {
            return;
        }
        worker.shutdown();
        try {
            if (!worker.awaitTermination(3, TimeUnit.SECONDS)) {
                worker.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private XMPPTCPConnection requireConnection() {
        if (connection == null || !connection.isAuthenticated()) {
            throw new FailureException(new Failure.ConnectionLost());
        }
        return connection;
    }

    private void disconnectQuietly() {
        if (connection != null) {
            XMPPTCPConnection closing = connection;
            connection = null;
            Liveness.disconnectSafely(closing);
        }
    }

    /** Reports a drop of {@code watched} unless the app has already moved on from it; on a network thread. */
    private void dropped(XMPPTCPConnection watched, Supplier<Failure> reason) {
        try {
            worker.execute(() -> {
                if (connection == watched) {
                    connection = null;
                    lostListener.connectionLost(reason.get());
                }
            });
        } catch (RejectedExecutionException sessionClosed) {
            LOG.fine("connection closed after the session was closed");
        }
    }
}
