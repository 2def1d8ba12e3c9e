package org.invitemanager.ui.invites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.invitemanager.domain.Failure;
import org.invitemanager.domain.FailureException;
import org.invitemanager.domain.Invite;
import org.invitemanager.domain.InviteKind;
import org.invitemanager.domain.ServerCapabilities;
import org.invitemanager.ui.FailureMessages;
import org.junit.jupiter.api.Test;

class InvitesViewModelTest extends InvitesViewModelFixture {

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
    void accountWithNeitherInviteNorAdminCommandsIsToldItIsProbablyNotAnAdmin() {
        model.start(session("bob@localhost", "http://jabber.org/protocol/commands#other"));

        String note = model.capabilityNoteProperty().get();
        assertTrue(note.contains("probably not an administrator"), note);
        assertTrue(note.contains("\"invites_adhoc\""), note);
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
    void notStartedMeansNothingToCreate() {
        model.createInvite(InviteKind.ACCOUNT);

        assertTrue(session.created.isEmpty());
        assertFalse(model.busyProperty().get());
    }
}
