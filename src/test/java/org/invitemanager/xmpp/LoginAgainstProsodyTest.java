package org.invitemanager.xmpp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.invitemanager.domain.Failure;
import org.invitemanager.domain.FailureException;
import org.invitemanager.domain.InviteKind;
import org.invitemanager.domain.LoginRequest;
import org.invitemanager.domain.SessionInfo;
import org.invitemanager.domain.TlsMode;
import org.invitemanager.testsupport.ProsodyExtension;
import org.invitemanager.testsupport.ProsodyServer;
import org.invitemanager.testsupport.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class LoginAgainstProsodyTest {

    @RegisterExtension
    static final ProsodyExtension PROSODY = new ProsodyExtension();

    private final SmackXmppSession session = new SmackXmppSession();

    @AfterEach
    void closeSession() {
        session.close();
    }

    private ProsodyServer server() {
        return PROSODY.server();
    }

    private SessionInfo loginAs(String jid, String password, String pin) {
        return session.login(TestAccounts.login(server(), jid), password, pin).orTimeout(20, TimeUnit.SECONDS).join();
    }

    private Failure failureOf(Runnable action) {
        CompletionException error = assertThrows(CompletionException.class, action::run);
        return FailureException.of(error);
    }

    @Test
    void adminLogsInWithPinnedCertificateAndSeesBothInviteKinds() {
        SessionInfo info = loginAs(server().adminJid(), server().adminPassword(), TestAccounts.pin(server()));

        assertEquals(server().adminJid(), info.account());
        assertEquals("localhost", info.domain());
        assertTrue(info.capabilities().isAdmin());
        assertTrue(info.capabilities().canCreate(InviteKind.ACCOUNT));
        assertTrue(info.capabilities().canCreate(InviteKind.CONTACT));
    }

    @Test
    void wrongPasswordIsAnAuthenticationFailure() {
        Failure failure = failureOf(() -> loginAs(server().adminJid(), "not-the-password", TestAccounts.pin(server())));

        assertInstanceOf(Failure.AuthFailed.class, failure);
    }

    @Test
    void closedPortIsUnreachable() throws Exception {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0)) {
            closedPort = probe.getLocalPort();
        }
        LoginRequest request = new LoginRequest(server().adminJid(), "127.0.0.1", closedPort, TlsMode.STARTTLS);

        CompletionException error = assertThrows(CompletionException.class,
                () -> session.login(request, server().adminPassword(), null).orTimeout(20, TimeUnit.SECONDS).join());

        Failure.Unreachable unreachable = assertInstanceOf(Failure.Unreachable.class, FailureException.of(error));
        assertEquals(closedPort, unreachable.port());
        assertEquals("127.0.0.1", unreachable.host());
    }

    @Test
    void selfSignedCertificateIsRefusedWithItsDetailsWhenNotPinned() {
        Failure failure = failureOf(() -> loginAs(server().adminJid(), server().adminPassword(), null));

        Failure.UntrustedCertificate untrusted = assertInstanceOf(Failure.UntrustedCertificate.class, failure);
        assertEquals("localhost", untrusted.server());
        assertEquals(TestAccounts.pin(server()), untrusted.certificate().sha256());
        assertTrue(untrusted.certificate().subject().contains("CN=localhost"));
        assertTrue(untrusted.certificate().isSelfSigned());
    }

    @Test
    void certificateThatDiffersFromThePinIsRefusedNamingBothFingerprints() {
        String otherPin = "00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF:00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF";

        Failure failure = failureOf(() -> loginAs(server().adminJid(), server().adminPassword(), otherPin));

        Failure.CertificateChanged changed = assertInstanceOf(Failure.CertificateChanged.class, failure);
        assertEquals(otherPin, changed.pinnedSha256());
        assertEquals(TestAccounts.pin(server()), changed.presented().sha256());
    }

    @Test
    void plainUserSeesOnlyTheContactInvite() {
        SessionInfo info = loginAs(server().userJid(), server().userPassword(), TestAccounts.pin(server()));

        assertFalse(info.capabilities().isAdmin());
        assertFalse(info.capabilities().canCreate(InviteKind.ACCOUNT));
        assertTrue(info.capabilities().canCreate(InviteKind.CONTACT));
    }

    @Test
    void plainUserIsForbiddenToRunTheAccountInviteCommand() {
        loginAs(server().userJid(), server().userPassword(), TestAccounts.pin(server()));

        CompletionException error = assertThrows(CompletionException.class,
                () -> session.createInvite(InviteKind.ACCOUNT).orTimeout(20, TimeUnit.SECONDS).join());

        assertInstanceOf(Failure.Forbidden.class, FailureException.of(error));
    }

    @Test
    void creatingAnInviteWithoutAConnectionSaysTheConnectionIsLost() {
        CompletionException error = assertThrows(CompletionException.class,
                () -> session.createInvite(InviteKind.ACCOUNT).orTimeout(20, TimeUnit.SECONDS).join());

        assertInstanceOf(Failure.ConnectionLost.class, FailureException.of(error));
    }
}
