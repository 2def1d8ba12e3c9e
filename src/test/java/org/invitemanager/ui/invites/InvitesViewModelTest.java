package org.invitemanager.ui.invites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.invitemanager.domain.CertificateInfo;
import org.invitemanager.domain.Failure;
import org.invitemanager.domain.FailureException;
import org.invitemanager.domain.Invite;
import org.invitemanager.domain.InviteKind;
import org.invitemanager.domain.ServerCapabilities;
import org.invitemanager.domain.SessionInfo;
import org.invitemanager.testsupport.FakeXmppSession;
import org.invitemanager.settings.InviteHistoryStore;
import java.nio.file.Path;
import org.invitemanager.domain.InviteListEntry;
import java.time.Duration;
import org.junit.jupiter.api.io.TempDir;
import org.invitemanager.ui.ExpiryText;
import org.invitemanager.ui.FailureMessages;
import org.invitemanager.ui.qr.InviteCardViewModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InvitesViewModelTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final Invite ACCOUNT_INVITE = new Invite(InviteKind.ACCOUNT,
            "xmpp:localhost?register;preauth=Xq3vT9b_Kd2LmN8pRs-4uWy7", null, Instant.parse("2026-12-08T10:00:00Z"));
    private static final Invite CONTACT_INVITE = new Invite(InviteKind.CONTACT,
            "xmpp:admin@localhost?roster;preauth=h7Yc-2PqLw0ZtR5nVb8_KmDs;ibr=y", null,
            Instant.parse("2026-12-08T10:00:00Z"));

    @TempDir
    Path dir;

    private FakeXmppSession session;
    private InviteCardViewModel card;
    private InvitesViewModel model;

    @BeforeEach
    void setUp() {
        session = new FakeXmppSession();
        card = new InviteCardViewModel(Clock.fixed(NOW, ZoneOffset.UTC), new ExpiryText(ZoneOffset.UTC, Locale.UK),
                Runnable::run, Runnable::run);
        model = new InvitesViewModel(session, card, new InviteHistoryStore(dir), Clock.fixed(NOW, ZoneOffset.UTC),
                Runnable::run, Runnable::run);
    }

    private static SessionInfo session(String account, String... nodes) {
        return new SessionInfo(account, new ServerCapabilities("localhost", Set.of(nodes)));
    }

    private static SessionInfo admin() {
        return session("admin@localhost", ServerCapabilities.CREATE_ACCOUNT_NODE,
                ServerCapabilities.CONTACT_INVITE_NODE, "http://jabber.org/protocol/admin#add-user");
    }

    /** The view enables the account button exactly like this. */
    private boolean accountButtonEnabled() {
        return model.canCreateAccountProperty().get() && !model.busyProperty().get()
                && model.connectedProperty().get();
    }

    private boolean contactButtonEnabled() {
        return model.canCreateContactProperty().get() && !model.busyProperty().get()
                && model.connectedProperty().get();
    }

    @Test
    void adminCanCreateBothKinds() {
        model.start(admin());

        assertTrue(accountButtonEnabled());
        assertTrue(contactButtonEnabled());
        assertEquals("You can create account and contact invites.", model.capabilityNoteProperty().get());
        assertEquals("localhost", model.serverProperty().get());
        assertEquals("admin@localhost", model.accountProperty().get());
        assertTrue(model.connectedProperty().get());
    }

    @Test
    void plainUserCanOnlyCreateContactInvites() {
        model.start(session("alice@localhost", ServerCapabilities.CONTACT_INVITE_NODE));

        assertFalse(accountButtonEnabled());
        assertTrue(contactButtonEnabled());
        String note = model.capabilityNoteProperty().get();
        assertTrue(note.contains("alice@localhost is not an administrator of localhost"), note);
        assertTrue(note.contains("it can only create contact invites"), note);
    }

    @Test
    void serverWithoutInviteCommandsNamesTheModulesToEnable() {
        model.start(session("admin@localhost", "http://jabber.org/protocol/admin#add-user"));

        assertFalse(accountButtonEnabled());
        assertFalse(contactButtonEnabled());
        String note = model.capabilityNoteProperty().get();
        assertTrue(note.contains("\"invites\""), note);
        assertTrue(note.contains("\"invites_adhoc\""), note);
        assertTrue(note.contains("\"invites_register\""), note);
        assertTrue(note.startsWith("localhost offers no invite commands"), note);
    }

    @Test
    void adminWithoutContactInvitesIsToldSo() {
        model.start(session("admin@localhost", ServerCapabilities.CREATE_ACCOUNT_NODE));

        assertTrue(accountButtonEnabled());
        assertFalse(contactButtonEnabled());
        assertTrue(model.capabilityNoteProperty().get().contains("does not offer contact invites"));
    }

    @Test
    void createdInviteIsShownOnTheCard() {
        model.start(admin());
        session.invites.add(CompletableFuture.completedFuture(ACCOUNT_INVITE));

        model.createInvite(InviteKind.ACCOUNT);

        assertEquals(List.of(InviteKind.ACCOUNT), session.created);
        assertSame(ACCOUNT_INVITE, card.inviteProperty().get());
        assertEquals(ACCOUNT_INVITE.uri(), card.payloadProperty().get());
        assertEquals("Account invite: creates one new account", card.kindTextProperty().get());
        assertEquals("Valid until 8 Dec 2026 10:00, in 7 days", card.expiryTextProperty().get());
        assertEquals("", model.errorProperty().get());
        assertEquals("", model.statusProperty().get());
        assertFalse(model.busyProperty().get());
    }

    @Test
    void createdContactInviteIsNamedAsOne() {
        model.start(admin());
        session.invites.add(CompletableFuture.completedFuture(CONTACT_INVITE));

        model.createInvite(InviteKind.CONTACT);

        assertEquals(List.of(InviteKind.CONTACT), session.created);
        assertEquals("Contact invite: creates an account and adds you as a contact",
                card.kindTextProperty().get());
    }

    @Test
    void failureShowsItsMessageAndKeepsThePreviousInvite() {
        model.start(admin());
        session.invites.add(CompletableFuture.completedFuture(ACCOUNT_INVITE));
        model.createInvite(InviteKind.ACCOUNT);
        Failure refused = new Failure.Forbidden("You don't have permission to execute this command");
        session.invites.add(CompletableFuture.supplyAsync(() -> {
            throw new FailureException(refused);
        }, Runnable::run));

        model.createInvite(InviteKind.ACCOUNT);

        assertEquals(FailureMessages.describe(refused), model.errorProperty().get());
        assertSame(ACCOUNT_INVITE, card.inviteProperty().get());
        assertEquals(ACCOUNT_INVITE.uri(), card.payloadProperty().get());
        assertFalse(model.busyProperty().get());
        assertTrue(accountButtonEnabled());
    }

    @Test
    void nextSuccessClearsTheError() {
        model.start(admin());
        session.invites.add(CompletableFuture.failedFuture(new FailureException(new Failure.Timeout())));
        model.createInvite(InviteKind.ACCOUNT);
        assertFalse(model.errorProperty().get().isEmpty());
        session.invites.add(CompletableFuture.completedFuture(ACCOUNT_INVITE));

        model.createInvite(InviteKind.ACCOUNT);

        assertEquals("", model.errorProperty().get());
        assertSame(ACCOUNT_INVITE, card.inviteProperty().get());
    }

    @Test
    void lostConnectionDisablesCreatingAndSaysSo() {
        model.start(admin());
        session.invites.add(CompletableFuture.completedFuture(ACCOUNT_INVITE));
        model.createInvite(InviteKind.ACCOUNT);

        model.connectionLost(new Failure.ConnectionLost());

        assertFalse(model.connectedProperty().get());
        assertFalse(accountButtonEnabled());
        assertFalse(contactButtonEnabled());
        assertTrue(model.errorProperty().get().contains("The connection to localhost was lost"),
                model.errorProperty().get());
        assertSame(ACCOUNT_INVITE, card.inviteProperty().get(), "the invite shown stays");

        model.createInvite(InviteKind.ACCOUNT);
        assertEquals(1, session.created.size(), "no call while disconnected");
    }

    @Test
    void aLostConnectionReportedByTheCreateCallOffersReconnect() {
        model.start(admin());
        session.invites.add(CompletableFuture.failedFuture(new FailureException(new Failure.ConnectionLost())));

        model.createInvite(InviteKind.ACCOUNT);

        assertFalse(model.connectedProperty().get(), "so the Reconnect button shows");
        assertFalse(model.busyProperty().get());
        assertTrue(model.errorProperty().get().contains("was lost"), model.errorProperty().get());
    }

    @Test
    void accountWithNeitherInviteNorAdminCommandsIsToldItIsProbablyNotAnAdmin() {
        model.start(session("bob@localhost", "http://jabber.org/protocol/commands#other"));

        String note = model.capabilityNoteProperty().get();
        assertTrue(note.contains("probably not an administrator"), note);
        assertTrue(note.contains("\"invites_adhoc\""), note);
    }

    @Test
    void lostConnectionWithAReasonExplainsIt() {
        model.start(admin());

        model.connectionLost(new Failure.Timeout());

        String error = model.errorProperty().get();
        assertTrue(error.contains("was lost"), error);
        assertTrue(error.contains(FailureMessages.describe(new Failure.Timeout())), error);
    }

    @Test
    void busyWhileTheInviteIsPending() {
        model.start(admin());
        CompletableFuture<Invite> pending = new CompletableFuture<>();
        session.invites.add(pending);

        model.createInvite(InviteKind.ACCOUNT);

        assertTrue(model.busyProperty().get());
        assertFalse(accountButtonEnabled());
        assertFalse(contactButtonEnabled());
        assertEquals("Creating an account invite…", model.statusProperty().get());
        assertNull(card.inviteProperty().get());

        model.createInvite(InviteKind.CONTACT);
        assertEquals(List.of(InviteKind.ACCOUNT), session.created, "no second call while busy");

        pending.complete(ACCOUNT_INVITE);

        assertFalse(model.busyProperty().get());
        assertEquals("", model.statusProperty().get());
        assertSame(ACCOUNT_INVITE, card.inviteProperty().get());
    }

    @Test
    void anAnswerThatArrivesAfterTheDropIsStillShownAndSavedBecauseTheInviteExists() {
        model.start(admin());
        CompletableFuture<Invite> pending = new CompletableFuture<>();
        session.invites.add(pending);
        model.createInvite(InviteKind.ACCOUNT);

        model.connectionLost(new Failure.ConnectionLost());
        assertFalse(model.busyProperty().get());
        assertNull(card.inviteProperty().get(), "nothing is shown while it is unknown whether the invite exists");

        pending.complete(ACCOUNT_INVITE);

        assertSame(ACCOUNT_INVITE, card.inviteProperty().get());
        assertEquals(List.of(ACCOUNT_INVITE.uri()), historyUris());
        assertTrue(model.noticeProperty().get().contains("made the invite before the connection dropped"),
                model.noticeProperty().get());
    }

    @Test
    void stopWaitingFreesTheButtonsAtOnceAndALateInviteGoesIntoTheHistoryOnly() {
        model.start(admin());
        CompletableFuture<Invite> pending = new CompletableFuture<>();
        session.invites.add(pending);
        model.createInvite(InviteKind.ACCOUNT);
        assertTrue(model.creatingProperty().get());

        model.cancelCreate();

        assertFalse(model.busyProperty().get(), "no spinner left");
        assertFalse(model.creatingProperty().get());
        assertTrue(accountButtonEnabled());
        assertTrue(model.noticeProperty().get().startsWith("Stopped waiting"), model.noticeProperty().get());

        pending.complete(ACCOUNT_INVITE);

        assertNull(card.inviteProperty().get(), "an invite the admin stopped waiting for does not pop up");
        assertEquals(List.of(ACCOUNT_INVITE.uri()), historyUris(), "but it is not lost");
        assertTrue(model.noticeProperty().get().contains("made the invite after all"), model.noticeProperty().get());
    }

    @Test
    void aTimeoutOnALiveConnectionSaysSoAndFreesTheButtons() {
        model.start(admin());
        session.invites.add(CompletableFuture.failedFuture(new FailureException(new Failure.Timeout())));

        model.createInvite(InviteKind.ACCOUNT);

        assertFalse(model.busyProperty().get());
        assertTrue(model.connectedProperty().get());
        assertEquals("The server did not answer in time. Check your connection and try again.",
                model.errorProperty().get());
        assertNull(card.inviteProperty().get());
    }

    @Test
    void afterAReconnectTheInviteADropSwallowedIsFoundOnTheServerShownAndSaved() {
        model.start(companionAdmin());
        session.invites.add(new CompletableFuture<>());
        model.createInvite(InviteKind.ACCOUNT);
        model.connectionLost(new Failure.ConnectionLost());
        InviteListEntry older = listed("old1", NOW.minus(Duration.ofHours(3)), "admin@localhost");
        InviteListEntry someoneElses = listed("other", NOW.plusSeconds(1), "boss@localhost");
        InviteListEntry made = listed("made1", NOW.plusSeconds(1), "admin@localhost");
        session.lists.add(CompletableFuture.completedFuture(List.of(older, someoneElses, made)));

        model.start(companionAdmin());
        model.reconnected(false);

        assertEquals(made.uri(), card.inviteProperty().get().uri());
        assertEquals(List.of(made.uri()), historyUris());
        assertTrue(model.noticeProperty().get().contains("had made the invite before the connection dropped"),
                model.noticeProperty().get());
    }

    @Test
    void afterAReconnectAnInviteThatWasNeverMadeIsSaidToBeMissing() {
        model.start(companionAdmin());
        session.invites.add(new CompletableFuture<>());
        model.createInvite(InviteKind.ACCOUNT);
        model.connectionLost(new Failure.ConnectionLost());
        session.lists.add(CompletableFuture.completedFuture(List.of()));

        model.start(companionAdmin());
        model.reconnected(false);

        assertNull(card.inviteProperty().get(), "no QR for an invite that does not exist");
        assertTrue(historyUris().isEmpty());
        assertTrue(model.noticeProperty().get().contains("was not made; create it again"),
                model.noticeProperty().get());
    }

    @Test
    void withoutTheCompanionModuleTheAdminIsToldTheAppCannotCheck() {
        model.start(admin());
        session.invites.add(new CompletableFuture<>());
        model.createInvite(InviteKind.ACCOUNT);
        model.connectionLost(new Failure.ConnectionLost());

        model.start(admin());
        model.reconnected(false);

        assertEquals(0, session.listCalls);
        assertTrue(model.noticeProperty().get().contains("cannot see whether the server made it"),
                model.noticeProperty().get());
    }

    @Test
    void lostAdminRightsAreSaidOverTheFreshState() {
        model.start(admin());
        model.start(session("admin@localhost", ServerCapabilities.CONTACT_INVITE_NODE));

        model.adminRightsLost();

        assertFalse(accountButtonEnabled());
        assertEquals("localhost no longer counts admin@localhost as an administrator, so creating invites and the "
                + "other admin actions are off. Sign out and log in with an admin account to go on.",
                model.errorProperty().get());
    }

    private static SessionInfo companionAdmin() {
        return session("admin@localhost", ServerCapabilities.CREATE_ACCOUNT_NODE,
                ServerCapabilities.COMPANION_CREATE_NODE, ServerCapabilities.COMPANION_LIST_NODE,
                ServerCapabilities.COMPANION_REVOKE_NODE);
    }

    private static InviteListEntry listed(String id, Instant created, String creator) {
        return new InviteListEntry(id, InviteKind.ACCOUNT, InviteListEntry.Status.PENDING, created, null, 0, 1, "",
                creator, "", List.of(), "xmpp:localhost?register;preauth=T0ken-" + id, "");
    }

    private List<String> historyUris() {
        return new InviteHistoryStore(dir).entries("admin@localhost").stream().map(InviteListEntry::uri).toList();
    }

    @Test
    void notStartedMeansNothingToCreate() {
        model.createInvite(InviteKind.ACCOUNT);

        assertTrue(session.created.isEmpty());
        assertFalse(model.busyProperty().get());
    }

    @Test
    void successfulReconnectKeepsTheInviteAndEnablesCreatingAgain() {
        model.start(admin());
        session.invites.add(CompletableFuture.completedFuture(ACCOUNT_INVITE));
        model.createInvite(InviteKind.ACCOUNT);
        model.connectionLost(new Failure.ConnectionLost());

        model.reconnecting();
        assertTrue(model.busyProperty().get());
        assertEquals("Reconnecting to localhost…", model.statusProperty().get());
        model.start(admin());

        assertTrue(model.connectedProperty().get());
        assertFalse(model.busyProperty().get(), "no longer busy once the session is back");
        assertTrue(accountButtonEnabled());
        assertTrue(contactButtonEnabled());
        assertEquals("", model.errorProperty().get());
        assertSame(ACCOUNT_INVITE, card.inviteProperty().get());
    }

    @Test
    void failedReconnectSaysWhy() {
        model.start(admin());
        model.connectionLost(new Failure.ConnectionLost());
        model.reconnecting();

        model.reconnectFailed(new Failure.AuthFailed());

        assertFalse(model.busyProperty().get());
        assertEquals("Reconnecting failed. " + FailureMessages.describe(new Failure.AuthFailed())
                + " Sign out and log in again with the current password.", model.errorProperty().get());
    }

    @Test
    void signingOutKeepsTheInviteForTheSameAccountButNotForAnother() {
        model.start(admin());
        session.invites.add(CompletableFuture.completedFuture(ACCOUNT_INVITE));
        model.createInvite(InviteKind.ACCOUNT);

        model.stop();
        assertFalse(model.connectedProperty().get());
        model.start(admin());
        assertSame(ACCOUNT_INVITE, card.inviteProperty().get(), "the same admin finds the invite again");

        model.stop();
        model.start(session("other@localhost", ServerCapabilities.CREATE_ACCOUNT_NODE));
        assertNull(card.inviteProperty().get(), "another account starts with an empty card");
        assertEquals("", card.payloadProperty().get());
    }

    @Test
    void reconnectRefusedForTheCertificateSaysHowToGoOn() {
        model.start(admin());
        model.connectionLost(new Failure.ConnectionLost());

        model.reconnectFailed(new Failure.UntrustedCertificate("localhost",
                new CertificateInfo("CN=x", "CN=x", NOW, NOW, "AA:BB")));

        assertTrue(model.errorProperty().get().contains("Sign out and log in again"), model.errorProperty().get());
    }
}
