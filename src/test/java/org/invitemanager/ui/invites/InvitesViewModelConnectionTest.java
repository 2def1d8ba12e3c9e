package org.invitemanager.ui.invites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.invitemanager.domain.CertificateInfo;
import org.invitemanager.domain.Failure;
import org.invitemanager.domain.FailureException;
import org.invitemanager.domain.Invite;
import org.invitemanager.domain.InviteKind;
import org.invitemanager.domain.ServerCapabilities;
import org.invitemanager.domain.InviteListEntry;
import java.time.Duration;
import org.invitemanager.ui.FailureMessages;
import org.junit.jupiter.api.Test;

/** The invites screen when the connection drops, comes back, or the account's rights change. */
class InvitesViewModelConnectionTest extends InvitesViewModelFixture {

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
    void lostConnectionWithAReasonExplainsIt() {
        model.start(admin());

        model.connectionLost(new Failure.Timeout());

        String error = model.errorProperty().get();
        assertTrue(error.contains("was lost"), error);
        assertTrue(error.contains(FailureMessages.describe(new Failure.Timeout())), error);
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
