package org.invitemanager.xmpp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.invitemanager.domain.Failure;
import org.invitemanager.domain.FailureException;
import org.invitemanager.domain.Invite;
import org.invitemanager.domain.InviteKind;
import org.invitemanager.domain.InviteUri;
import org.invitemanager.domain.ServerCapabilities;
import org.invitemanager.domain.SessionInfo;
import org.invitemanager.domain.command.CommandAction;
import org.invitemanager.domain.command.CommandStep;
import org.invitemanager.domain.form.FieldType;
import org.invitemanager.testsupport.ProsodyExtension;
import org.invitemanager.testsupport.ProsodyServer;
import org.invitemanager.testsupport.TestAccounts;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The invite buttons on a server whose create-account command has two stages, as ejabberd 26's does: a form with
 * username and roster-subscription, then the invite. ejabberd itself is not on this machine, so Prosody plays it with
 * a test module (src/test/prosody/mod_test_ejabberd_invites.lua) that answers with ejabberd's forms.
 */
class EjabberdStyleInvitesAgainstProsodyTest {

    @RegisterExtension
    static final ProsodyExtension PROSODY = new ProsodyExtension(
            ProsodyServer.Options.defaults().withEjabberdStyleInvites());

    private static SmackXmppSession admin;
    private static SessionInfo info;

    @BeforeAll
    static void logInAsAdmin() {
        admin = new SmackXmppSession();
        info = admin.login(TestAccounts.login(PROSODY.server(), PROSODY.server().adminJid()),
                PROSODY.server().adminPassword(), TestAccounts.pin(PROSODY.server())).orTimeout(20, TimeUnit.SECONDS)
                .join();
    }

    @AfterAll
    static void logOut() {
        admin.close();
    }

    private static <T> T await(CompletableFuture<T> future) {
        return future.orTimeout(20, TimeUnit.SECONDS).join();
    }

    @Test
    void theServerShowsAFormFirst() {
        assertTrue(info.capabilities().canCreate(InviteKind.ACCOUNT));
        assertFalse(info.capabilities().hasCompanion());
        CommandStep first = await(admin.executeCommand(ServerCapabilities.CREATE_ACCOUNT_NODE));
        assertTrue(first.isExecuting());
        assertEquals(List.of(CommandAction.COMPLETE), first.allowedActions());
        assertEquals(FieldType.TEXT_SINGLE, first.form().field("username").orElseThrow().type());
        assertEquals(FieldType.BOOLEAN, first.form().field("roster-subscription").orElseThrow().type());
        await(admin.cancelCommand(first));
    }

    @Test
    void theAccountInviteButtonFillsTheFirstStageAndTheInviteRegisters() throws Exception {
        Invite invite = await(admin.createInvite(InviteKind.ACCOUNT));

        assertEquals("localhost", InviteUri.parse(invite.uri()).jid());
        String name = TestAccounts.freshName("ej");
        InviteRedeemer.register(TestAccounts.target(PROSODY.server()), invite.uri(), name, "ej-secret");
        XMPPTCPConnection joined = TestAccounts.smackLogin(PROSODY.server(), name, "ej-secret");
        try {
            assertTrue(joined.isAuthenticated());
        } finally {
            joined.disconnect();
        }
        FailureException again = assertThrows(FailureException.class, () -> InviteRedeemer.register(
                TestAccounts.target(PROSODY.server()), invite.uri(), TestAccounts.freshName("ej2"), "x-secret"));
        assertInstanceOf(Failure.Forbidden.class, again.failure());
    }

    @Test
    void anInviteFoundInTheRunnersResultCarriesTheInvitationFormType() {
        CommandStep first = await(admin.executeCommand(ServerCapabilities.CREATE_ACCOUNT_NODE));
        CommandStep done = await(admin.continueCommand(first, CommandAction.COMPLETE, first.form().currentValues()));

        assertEquals("urn:xmpp:invite#invitation", done.form().formType());
        Invite invite = InviteResultParser.find(done).orElseThrow();
        InviteRedeemer.register(TestAccounts.target(PROSODY.server()), invite.uri(), TestAccounts.freshName("found"),
                "found-secret");
    }

    @Test
    void aBadUsernameInTheFormIsRefusedWithBadRequest() {
        CommandStep first = await(admin.executeCommand(ServerCapabilities.CREATE_ACCOUNT_NODE));
        CompletionException error = assertThrows(CompletionException.class, () -> await(admin.continueCommand(
                first, CommandAction.COMPLETE, java.util.Map.of("username", List.of("Bad User")))));

        Failure failure = assertInstanceOf(FailureException.class, error.getCause()).failure();
        assertEquals("bad-request", assertInstanceOf(Failure.ServerError.class, failure).condition());
        assertTrue(((Failure.ServerError) failure).text().contains("Invalid username"), failure.toString());
    }
}
