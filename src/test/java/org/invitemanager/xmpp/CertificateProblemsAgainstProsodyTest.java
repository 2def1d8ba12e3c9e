package org.invitemanager.xmpp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.invitemanager.domain.Failure;
import org.invitemanager.domain.FailureException;
import org.invitemanager.domain.SessionInfo;
import org.invitemanager.testsupport.ProsodyExtension;
import org.invitemanager.testsupport.ProsodyServer;
import org.invitemanager.testsupport.TestAccounts;
import org.invitemanager.testsupport.TestCertificates;
import org.invitemanager.ui.FailureMessages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A real Prosody presenting an expired certificate, and one presenting a certificate for another name: each login is
 * refused with its own failure and sentence, the expired one even when its fingerprint is pinned.
 */
class CertificateProblemsAgainstProsodyTest {

    @RegisterExtension
    static final ProsodyExtension EXPIRED = new ProsodyExtension(ProsodyServer.Options.defaults()
            .withCertificate(new TestCertificates.Spec("localhost", -40, 10)));

    @RegisterExtension
    static final ProsodyExtension WRONG_NAME = new ProsodyExtension(ProsodyServer.Options.defaults()
            .withCertificate(new TestCertificates.Spec("wrong.example", -1, 30)));

    private static SessionInfo login(ProsodyServer server, String pin) {
        try (SmackXmppSession session = new SmackXmppSession()) {
            return session.login(TestAccounts.login(server, server.adminJid()), server.adminPassword(), pin)
                    .orTimeout(20, TimeUnit.SECONDS).join();
        }
    }

    private static Failure refusal(ProsodyServer server, String pin) {
        CompletionException error = assertThrows(CompletionException.class, () -> login(server, pin));
        return FailureException.of(error);
    }

    @Test
    void expiredCertificateIsRefusedSayingWhenItExpired() {
        ProsodyServer server = EXPIRED.server();
        assertTrue(server.certificate().getNotAfter().toInstant().isBefore(Instant.now()), "the test certificate");

        Failure.CertificateExpired expired = assertInstanceOf(Failure.CertificateExpired.class,
                refusal(server, null));

        assertEquals("localhost", expired.server());
        assertEquals(server.certificate().getNotAfter().toInstant(), expired.certificate().notAfter());
        assertEquals(TestAccounts.pin(server), expired.certificate().sha256());
        assertTrue(FailureMessages.describe(expired).startsWith("The certificate of localhost expired on "),
                FailureMessages.describe(expired));
    }

    @Test
    void expiredCertificateIsRefusedEvenWhenItsFingerprintIsPinned() {
        ProsodyServer server = EXPIRED.server();

        Failure failure = refusal(server, TestAccounts.pin(server));

        assertInstanceOf(Failure.CertificateExpired.class, failure);
    }

    @Test
    void registeringWithAnInviteIsRefusedTheSameWay() {
        ProsodyServer server = EXPIRED.server();

        FailureException refused = assertThrows(FailureException.class, () -> InviteRedeemer.register(
                TestAccounts.target(server), "xmpp:localhost?register;preauth=NotSentAnyway1", "zed", "pw"));

        assertInstanceOf(Failure.CertificateExpired.class, refused.failure());
    }

    @Test
    void certificateForAnotherNameIsRefusedNamingWhatItIsFor() {
        ProsodyServer server = WRONG_NAME.server();

        Failure.CertificateNameMismatch mismatch = assertInstanceOf(Failure.CertificateNameMismatch.class,
                refusal(server, null));

        assertEquals("localhost", mismatch.server());
        assertEquals(List.of("wrong.example"), mismatch.names());
        assertEquals(TestAccounts.pin(server), mismatch.certificate().sha256());
        assertEquals("The certificate presented for localhost is for wrong.example, not for localhost. Trust it only "
                + "if you know why the names differ.", FailureMessages.describe(mismatch));
    }

    /** What the login review leads to: the admin compared the fingerprint and trusts this certificate anyway. */
    @Test
    void certificateForAnotherNameLogsInOncePinned() {
        ProsodyServer server = WRONG_NAME.server();

        SessionInfo info = login(server, TestAccounts.pin(server));

        assertEquals(server.adminJid(), info.account());
    }
}
