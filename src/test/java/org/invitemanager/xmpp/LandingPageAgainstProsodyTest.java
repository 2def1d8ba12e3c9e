package org.invitemanager.xmpp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import org.invitemanager.domain.Invite;
import org.invitemanager.domain.InviteKind;
import org.invitemanager.domain.InviteUri;
import org.invitemanager.qr.QrDecodingAccess;
import org.invitemanager.testsupport.ProsodyExtension;
import org.invitemanager.testsupport.ProsodyServer;
import org.invitemanager.testsupport.TestAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A server with a landing page (the community mod_invites_page from Debian's prosody-modules): the invite carries an
 * HTTPS landing-url, which is what the QR code must hold, while the xmpp: URI still registers.
 */
class LandingPageAgainstProsodyTest {

    @RegisterExtension
    static final ProsodyExtension PROSODY = new ProsodyExtension(ProsodyServer.Options.defaults()
            .withModules("invites_page")
            .withConfig("invites_page_external = true",
                    "invites_page = \"https://invite.example.test/{invite.token}\""));

    private static SmackXmppSession admin;

    @BeforeAll
    static void logIn() {
        admin = TestAccounts.adminSession(PROSODY.server());
    }

    @AfterAll
    static void logOut() {
        admin.close();
    }

    @Test
    void accountInviteCarriesTheLandingPageWhichTheQrCodeHolds() throws Exception {
        Invite invite = admin.createInvite(InviteKind.ACCOUNT).orTimeout(20, TimeUnit.SECONDS).join();
        String token = InviteUri.parse(invite.uri()).token().orElseThrow();

        assertEquals("https://invite.example.test/" + token, invite.landingUrl());
        assertFalse(invite.needsXmppApp());
        assertEquals(invite.landingUrl(), QrDecodingAccess.encodeAndDecode(invite.qrPayload()));

        String name = TestAccounts.freshName("landed");
        InviteRedeemer.register(TestAccounts.target(PROSODY.server()), invite.uri(), name, "landed-pw");
        TestAccounts.smackLogin(PROSODY.server(), name, "landed-pw").disconnect();
    }

    @Test
    void contactInviteThatRegistersAlsoGetsAPage() {
        Invite invite = admin.createInvite(InviteKind.CONTACT).orTimeout(20, TimeUnit.SECONDS).join();

        assertTrue(invite.landingUrl().startsWith("https://invite.example.test/"), invite.landingUrl());
        assertEquals(invite.landingUrl(), invite.qrPayload());
    }
}
