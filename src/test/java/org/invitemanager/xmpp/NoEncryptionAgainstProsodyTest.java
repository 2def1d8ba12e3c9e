package org.invitemanager.xmpp;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.invitemanager.domain.Failure;
import org.invitemanager.domain.FailureException;
import org.invitemanager.testsupport.ProsodyExtension;
import org.invitemanager.testsupport.ProsodyServer;
import org.invitemanager.testsupport.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A server that offers no TLS at all: the app refuses to send the password rather than fall back to plain text. */
class NoEncryptionAgainstProsodyTest {

    @RegisterExtension
    static final ProsodyExtension PROSODY = new ProsodyExtension(ProsodyServer.Options.defaults()
            .withConfig("modules_disabled = { \"s2s\"; \"tls\" }", "c2s_require_encryption = false"));

    @Test
    void serverWithoutStartTlsIsRefusedAsATlsFailure() {
        ProsodyServer server = PROSODY.server();
        try (SmackXmppSession session = new SmackXmppSession()) {
            CompletionException error = assertThrows(CompletionException.class, () -> session.login(
                    TestAccounts.login(server, server.adminJid()), server.adminPassword(), null)
                    .orTimeout(20, TimeUnit.SECONDS).join());

            Failure.TlsFailed tls = assertInstanceOf(Failure.TlsFailed.class, FailureException.of(error));
            assertTrue(tls.detail().contains("does not offer encryption"), tls.detail());
        }
    }
}
