package org.invitemanager.xmpp;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.invitemanager.domain.Failure;
import org.invitemanager.domain.FailureException;
import org.invitemanager.domain.Invite;
import org.invitemanager.domain.InviteKind;
import org.invitemanager.testsupport.ProsodyExtension;
import org.invitemanager.testsupport.ProsodyServer;
import org.invitemanager.testsupport.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A server whose invites last two seconds, to prove an expired invite registers nothing. */
class ExpiredInviteAgainstProsodyTest {

    @RegisterExtension
    static final ProsodyExtension PROSODY = new ProsodyExtension(ProsodyServer.Options.defaults()
            .withConfig("invite_expiry = 2"));

    @Test
    void expiredAccountInviteCannotRegister() throws Exception {
        ProsodyServer server = PROSODY.server();
        Invite invite;
        try (SmackXmppSession admin = TestAccounts.adminSession(server)) {
            invite = admin.createInvite(InviteKind.ACCOUNT).orTimeout(20, TimeUnit.SECONDS).join();
        }
        assertTrue(invite.expires().isBefore(Instant.now().plusSeconds(5)), "the server's short expiry is reported");
        while (!Instant.now().isAfter(invite.expires().plusSeconds(1))) {
            Thread.sleep(200);
        }

        FailureException error = assertThrows(FailureException.class, () -> InviteRedeemer.register(
                TestAccounts.target(server), invite.uri(), TestAccounts.freshName("late"), "pw"));

        assertInstanceOf(Failure.Forbidden.class, error.failure());
    }
}
