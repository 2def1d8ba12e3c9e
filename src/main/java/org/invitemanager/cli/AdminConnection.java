package org.invitemanager.cli;

import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.invitemanager.domain.Failure;
import org.invitemanager.domain.FailureException;
import org.invitemanager.domain.LoginRequest;
import org.invitemanager.domain.SessionInfo;
import org.invitemanager.settings.CertificatePinStore;
import org.invitemanager.xmpp.XmppSession;

/**
 * The app's own XMPP session, logged in for one command, with waiting that ends in an exit code instead of an
 * exception. The certificate trusted is the one given with {@code --trust-sha256}, else the one the app pinned for
 * the server, else whatever the system trusts.
 */
final class AdminConnection implements AutoCloseable {

    private final XmppSession session;
    private final SessionInfo info;
    private final Duration timeout;

    private AdminConnection(XmppSession session, SessionInfo info, Duration timeout) {
        this.session = session;
        this.info = info;
        this.timeout = timeout;
    }

    static AdminConnection open(ConnectionOptions options, CliEnvironment env) throws CliException {
        LoginRequest request = options.loginRequest();
        String pin = options.trustedFingerprint();
        if (pin == null) {
            pin = new CertificatePinStore(env.dataDir()).pinFor(request.domain()).orElse(null);
        }
        char[] password = PasswordSource.read(options.passwordFile, options.passwordVariable, request.jid(),
                env.env(), env.prompt());
        XmppSession session = env.sessions().get();
        try {
            CompletableFuture<SessionInfo> login;
            try {
                // The session takes a String, which cannot be wiped; the characters at least are.
                login = session.login(request, new String(password), pin);
            } finally {
                Arrays.fill(password, '\0');
            }
            SessionInfo info = await(login, options.timeout(), session::abort);
            return new AdminConnection(session, info, options.timeout());
        } catch (CliException | RuntimeException | Error e) {
            session.close();
            throw e;
        }
    }

    SessionInfo info() {
        return info;
    }

    XmppSession session() {
        return session;
    }

    /** The answer, or the failure as an exit code and a sentence. */
    <T> T await(CompletableFuture<T> answer) throws CliException {
        return await(answer, timeout, () -> { });
    }

    static CliException failed(Failure failure) {
        return new CliException(ExitCodes.forFailure(failure), CliMessages.describe(failure));
    }

    private static <T> T await(CompletableFuture<T> answer, Duration timeout, Runnable onTimeout)
            throws CliException {
        try {
            return answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            onTimeout.run();
            throw failed(new Failure.Timeout());
        } catch (ExecutionException e) {
            throw failed(FailureException.of(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failed(new Failure.Cancelled());
        }
    }

    @Override
    public void close() {
        session.close();
    }
}
