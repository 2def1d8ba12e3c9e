package org.invitemanager.xmpp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.invitemanager.domain.Failure;
import org.invitemanager.domain.FailureException;
import org.invitemanager.domain.Invite;
import org.invitemanager.domain.InviteKind;
import org.invitemanager.domain.LoginRequest;
import org.invitemanager.domain.TlsMode;
import org.invitemanager.testsupport.ProsodyExtension;
import org.invitemanager.testsupport.ProsodyServer;
import org.invitemanager.testsupport.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What the session does when the network or the server misbehaves, and the direct TLS path. */
class ConnectionFaultsAgainstProsodyTest {

    private static final int DIRECT_TLS_PORT = freePort();

    @RegisterExtension
    static final ProsodyExtension PROSODY = new ProsodyExtension(ProsodyServer.Options.defaults()
            .withConfig("c2s_direct_tls_ports = { " + DIRECT_TLS_PORT + " }"));

    @Test
    void aServerThatNeverAnswersIsATimeout() throws Exception {
        try (SilentServer silent = new SilentServer();
             SmackXmppSession session = new SmackXmppSession(Duration.ofSeconds(1))) {
            CompletionException error = assertThrows(CompletionException.class,
                    () -> session.login(silent.loginRequest(), "pw", null).orTimeout(20, TimeUnit.SECONDS).join());

            assertInstanceOf(Failure.Timeout.class, FailureException.of(error));
        }
    }

    @Test
    void abortingALoginThatWaitsOnASilentServerReturnsAtOnceAndEndsTheAttempt() throws Exception {
        try (SilentServer silent = new SilentServer();
             SmackXmppSession session = new SmackXmppSession(Duration.ofSeconds(15))) {
            CompletableFuture<?> login = session.login(silent.loginRequest(), "pw", null);
            silent.awaitClient();

            long start = System.nanoTime();
            session.abort();
            long abortMillis = (System.nanoTime() - start) / 1_000_000;
            CompletionException error = assertThrows(CompletionException.class,
                    () -> login.orTimeout(2, TimeUnit.SECONDS).join());
            long endedMillis = (System.nanoTime() - start) / 1_000_000;

            assertTrue(abortMillis < 200, "abort() must not wait for the attempt: " + abortMillis + " ms");
            assertTrue(endedMillis < 2_000, "the attempt ends soon after: " + endedMillis + " ms");
            assertInstanceOf(Failure.Cancelled.class, FailureException.of(error));
        }
    }

    @Test
    void aStoppedServerIsReportedAsALostConnectionAndLoginWorksAgainAfterARestart() throws Exception {
        ProsodyServer server = PROSODY.server();
        try (SmackXmppSession session = new SmackXmppSession()) {
            CompletableFuture<Failure> lost = new CompletableFuture<>();
            session.setConnectionLostListener(lost::complete);
            session.login(TestAccounts.login(server, server.adminJid()), server.adminPassword(),
                    TestAccounts.pin(server)).orTimeout(20, TimeUnit.SECONDS).join();

            server.stop();
            Failure reason = lost.get(15, TimeUnit.SECONDS);
            CompletionException createWhileDown = assertThrows(CompletionException.class,
                    () -> session.createInvite(InviteKind.ACCOUNT).orTimeout(20, TimeUnit.SECONDS).join());
            server.restart();

            assertTrue(reason instanceof Failure.ConnectionLost || reason instanceof Failure.ServerError, reason.toString());
            assertInstanceOf(Failure.ConnectionLost.class, FailureException.of(createWhileDown));
            session.login(TestAccounts.login(server, server.adminJid()), server.adminPassword(),
                    TestAccounts.pin(server)).orTimeout(20, TimeUnit.SECONDS).join();
            Invite invite = session.createInvite(InviteKind.ACCOUNT).orTimeout(20, TimeUnit.SECONDS).join();
            assertTrue(invite.uri().startsWith("xmpp:localhost?register;preauth="));
        }
    }

    @Test
    void directTlsLogsInCreatesAnInviteAndRegistersWithIt() throws Exception {
        ProsodyServer server = PROSODY.server();
        String pin = TestAccounts.pin(server);
        LoginRequest request = new LoginRequest(server.adminJid(), server.host(), DIRECT_TLS_PORT, TlsMode.DIRECT_TLS);
        try (SmackXmppSession session = new SmackXmppSession()) {
            CompletionException unpinned = assertThrows(CompletionException.class,
                    () -> session.login(request, server.adminPassword(), null).orTimeout(20, TimeUnit.SECONDS).join());
            assertInstanceOf(Failure.UntrustedCertificate.class, FailureException.of(unpinned));

            session.login(request, server.adminPassword(), pin).orTimeout(20, TimeUnit.SECONDS).join();
            Invite invite = session.createInvite(InviteKind.ACCOUNT).orTimeout(20, TimeUnit.SECONDS).join();

            String name = TestAccounts.freshName("tls");
            ConnectionTarget direct = new ConnectionTarget(server.domain(), server.host(), DIRECT_TLS_PORT,
                    TlsMode.DIRECT_TLS, pin);
            InviteRedeemer.register(direct, invite.uri(), name, "tls-secret");
            TestAccounts.smackLogin(server, name, "tls-secret").disconnect();
            FailureException reused = assertThrows(FailureException.class,
                    () -> InviteRedeemer.register(direct, invite.uri(), TestAccounts.freshName("tls"), "x"));
            assertEquals(Failure.Forbidden.class, reused.failure().getClass());
        }
    }

    /** A loopback port that accepts one client and then never says a word. */
    private static final class SilentServer implements AutoCloseable {
        private final ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        private final CompletableFuture<Socket> client = CompletableFuture.supplyAsync(() -> {
            try {
                return socket.accept();
            } catch (IOException closedBeforeAnyClient) {
                return null;
            }
        });

        SilentServer() throws IOException {
        }

        LoginRequest loginRequest() {
            return new LoginRequest("admin@localhost", "127.0.0.1", socket.getLocalPort(), TlsMode.STARTTLS);
        }

        void awaitClient() throws Exception {
            client.get(5, TimeUnit.SECONDS);
        }

        @Override
        public void close() throws IOException {
            socket.close();
            Socket accepted = client.getNow(null);
            if (accepted != null) {
                accepted.close();
            }
        }
    }

    private static int freePort() {
        try (ServerSocket probe = new ServerSocket(0)) {
            return probe.getLocalPort();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
