package org.invitemanager.xmpp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.invitemanager.domain.Failure;
import org.invitemanager.domain.FailureException;
import org.invitemanager.domain.Invite;
import org.invitemanager.domain.InviteKind;
import org.invitemanager.domain.InviteUri;
import org.invitemanager.testsupport.ProsodyExtension;
import org.invitemanager.testsupport.ProsodyServer;
import org.invitemanager.testsupport.TestAccounts;
import org.jivesoftware.smack.roster.Roster;
import org.jivesoftware.smack.roster.RosterEntry;
import org.jivesoftware.smack.roster.packet.RosterPacket;
import org.jivesoftware.smack.sasl.SASLErrorException;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jxmpp.jid.impl.JidCreate;

/** Every invite the app creates must really register an account, exactly once, on a fresh connection. */
class InviteRegistrationAgainstProsodyTest {

    @RegisterExtension
    static final ProsodyExtension PROSODY = new ProsodyExtension();

    private static SmackXmppSession admin;

    @BeforeAll
    static void logInAsAdmin() {
        admin = TestAccounts.adminSession(PROSODY.server());
    }

    @AfterAll
    static void logOut() {
        admin.close();
    }

    private static Invite create(InviteKind kind) {
        return admin.createInvite(kind).orTimeout(20, TimeUnit.SECONDS).join();
    }

    private static void register(Invite invite, String name, String password) {
        InviteRedeemer.register(TestAccounts.target(PROSODY.server()), invite.uri(), name, password);
    }

    @Test
    void accountInviteRegistersANewAccountThatCanLogIn() throws Exception {
        Invite invite = create(InviteKind.ACCOUNT);
        String name = TestAccounts.freshName("bob");

        register(invite, name, "bob-secret");

        XMPPTCPConnection bob = TestAccounts.smackLogin(PROSODY.server(), name, "bob-secret");
        try {
            assertTrue(bob.isAuthenticated());
            assertEquals(name + "@localhost", bob.getUser().asBareJid().toString());
        } finally {
            bob.disconnect();
        }
    }

    @Test
    void accountInviteFromProsodyHasAnXmppUriAndAnExpiryAboutAWeekAhead() {
        Invite invite = create(InviteKind.ACCOUNT);

        InviteUri uri = InviteUri.parse(invite.uri());
        assertEquals("register", uri.action());
        assertEquals("localhost", uri.jid());
        assertTrue(uri.token().isPresent());
        assertNull(invite.landingUrl(), "stock Prosody 0.12 has no landing page");
        assertEquals(invite.uri(), invite.qrPayload());
        assertNotNull(invite.expires());
        Duration left = Duration.between(Instant.now(), invite.expires());
        assertTrue(left.compareTo(Duration.ofDays(6)) > 0 && left.compareTo(Duration.ofDays(8)) < 0, left.toString());
    }

    @Test
    void theSameTokenIsRefusedTheSecondTime() {
        Invite invite = create(InviteKind.ACCOUNT);
        register(invite, TestAccounts.freshName("first"), "pw-one");

        FailureException second = assertThrows(FailureException.class,
                () -> register(invite, TestAccounts.freshName("second"), "pw-two"));

        Failure.Forbidden forbidden = assertInstanceOf(Failure.Forbidden.class, second.failure());
        assertTrue(forbidden.text().contains("invalid or expired"), forbidden.text());
    }

    @Test
    void aNameThatNeverRegisteredCannotLogIn() {
        assertThrows(SASLErrorException.class,
                () -> TestAccounts.smackLogin(PROSODY.server(), TestAccounts.freshName("ghost"), "whatever"));
    }

    @Test
    void aMadeUpTokenIsRefused() {
        FailureException error = assertThrows(FailureException.class, () -> InviteRedeemer.register(
                TestAccounts.target(PROSODY.server()), "xmpp:localhost?register;preauth=h7Yc-2PqLw0ZtR5nVb8_KmDs",
                TestAccounts.freshName("mallory"), "pw"));

        assertInstanceOf(Failure.Forbidden.class, error.failure());
    }

    @Test
    void aFailedAttemptDoesNotUseUpTheInvite() throws Exception {
        Invite invite = create(InviteKind.ACCOUNT);
        FailureException taken = assertThrows(FailureException.class,
                () -> register(invite, "alice", "not-alice"));
        assertInstanceOf(Failure.ServerError.class, taken.failure());

        String name = TestAccounts.freshName("retry");
        register(invite, name, "retry-pw");

        TestAccounts.smackLogin(PROSODY.server(), name, "retry-pw").disconnect();
    }

    @Test
    void contactInviteRegistersAnAccountSubscribedBothWaysToTheInviter() throws Exception {
        Invite invite = create(InviteKind.CONTACT);
        InviteUri uri = InviteUri.parse(invite.uri());
        assertEquals("roster", uri.action());
        assertEquals(PROSODY.server().adminJid(), uri.jid());
        assertTrue(uri.allowsRegistration(), "an admin's contact invite carries ibr=y");
        String name = TestAccounts.freshName("carol");

        register(invite, name, "carol-secret");

        XMPPTCPConnection carol = TestAccounts.smackLogin(PROSODY.server(), name, "carol-secret");
        try {
            Roster roster = Roster.getInstanceFor(carol);
            roster.reloadAndWait();
            RosterEntry inviter = roster.getEntry(JidCreate.bareFrom(PROSODY.server().adminJid()));
            assertNotNull(inviter, "the inviter is in the new account's roster");
            assertEquals(RosterPacket.ItemType.both, inviter.getType());
        } finally {
            carol.disconnect();
        }
    }

    @Test
    void plainUsersContactInviteCannotRegisterAnAccount() {
        ProsodyServer server = PROSODY.server();
        SmackXmppSession alice = new SmackXmppSession();
        try {
            alice.login(TestAccounts.login(server, server.userJid()), server.userPassword(), TestAccounts.pin(server))
                    .orTimeout(20, TimeUnit.SECONDS).join();
            Invite invite = alice.createInvite(InviteKind.CONTACT).orTimeout(20, TimeUnit.SECONDS).join();
            assertTrue(!InviteUri.parse(invite.uri()).allowsRegistration(), invite.uri());

            FailureException error = assertThrows(FailureException.class,
                    () -> register(invite, TestAccounts.freshName("dave"), "pw"));

            assertInstanceOf(Failure.Forbidden.class, error.failure());
        } finally {
            alice.close();
        }
    }
}
