package org.invitemanager.ui.invites;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.invitemanager.domain.Failure;
import org.invitemanager.domain.FailureException;
import org.invitemanager.domain.Invite;
import org.invitemanager.domain.InviteKind;
import org.invitemanager.domain.ServerCapabilities;
import org.invitemanager.domain.SessionInfo;
import org.invitemanager.ui.FailureMessages;
import org.invitemanager.ui.qr.InviteCardViewModel;
import org.invitemanager.xmpp.XmppSession;

/** The main screen: who is logged in where, what the server allows, and creating invites. */
public final class InvitesViewModel {

    private final ReadOnlyStringWrapper server = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper account = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper capabilityNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canCreateAccount = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canCreateContact = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper connected = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    private final XmppSession session;
    private final InviteCardViewModel card;
    private final Executor ui;
    private CompletableFuture<Invite> inFlight;

    public InvitesViewModel(XmppSession session, InviteCardViewModel card, Executor ui) {
        this.session = session;
        this.card = card;
        this.ui = ui;
    }

    /**
     * Shows a fresh session. The invite on screen stays when the same account comes back, after a reconnect or a
     * sign-out and login, so neither loses it; another account or server starts with an empty card.
     */
    public void start(SessionInfo info) {
        if (!info.account().equals(account.get())) {
            card.show(null);
        }
        ServerCapabilities caps = info.capabilities();
        server.set(info.domain());
        account.set(info.account());
        canCreateAccount.set(caps.canCreate(InviteKind.ACCOUNT));
        canCreateContact.set(caps.canCreate(InviteKind.CONTACT));
        capabilityNote.set(CapabilityNotes.describe(info));
        connected.set(true);
        busy.set(false);
        error.set("");
        status.set("");
    }

    public void createInvite(InviteKind kind) {
        if (busy.get() || !connected.get()) {
            return;
        }
        busy.set(true);
        error.set("");
        status.set(kind == InviteKind.ACCOUNT ? "Creating an account invite…" : "Creating a contact invite…");
        CompletableFuture<Invite> attempt = session.createInvite(kind);
        inFlight = attempt;
        attempt.whenCompleteAsync((invite, failure) -> {
            if (inFlight != attempt) {
                return;
            }
            inFlight = null;
            busy.set(false);
            status.set("");
            Failure reason = failure == null ? null : FailureException.of(failure);
            if (reason instanceof Failure.ConnectionLost) {
                // The drop may reach us here before, or instead of, the connection listener.
                connectionLost(reason);
            } else if (reason != null) {
                error.set(FailureMessages.describe(reason));
            } else {
                card.show(invite);
            }
        }, ui);
    }

    /** The connection dropped: creating is off until the admin reconnects. */
    public void connectionLost(Failure reason) {
        connected.set(false);
        dropPendingInvite();
        busy.set(false);
        status.set("");
        String why = reason instanceof Failure.ConnectionLost ? "" : " " + FailureMessages.describe(reason);
        String kept = card.inviteProperty().get() == null ? "" : "; the invite shown is still valid";
        error.set("The connection to " + server.get() + " was lost." + why + " Reconnect to create more invites" + kept
                + ".");
    }

    /** Shown while the main model logs in again. */
    public void reconnecting() {
        status.set("Reconnecting to " + server.get() + "…");
        error.set("");
        busy.set(true);
    }

    public void reconnectFailed(Failure reason) {
        busy.set(false);
        status.set("");
        String next = "";
        if (reason instanceof Failure.UntrustedCertificate || reason instanceof Failure.CertificateChanged) {
            next = " Sign out and log in again to review the certificate.";
        } else if (reason instanceof Failure.AuthFailed) {
            next = " Sign out and log in again with the current password.";
        }
        error.set("Reconnecting failed. " + FailureMessages.describe(reason) + next);
    }

    public void stop() {
        dropPendingInvite();
        connected.set(false);
        busy.set(false);
        error.set("");
        status.set("");
    }

    /** Forgets the invite request in flight; a late answer finds it gone and is ignored. */
    private void dropPendingInvite() {
        if (inFlight != null) {
            inFlight.cancel(false);
            inFlight = null;
        }
    }

    public InviteCardViewModel card() {
        return card;
    }

    public ReadOnlyStringProperty serverProperty() {
        return server.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty accountProperty() {
        return account.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty capabilityNoteProperty() {
        return capabilityNote.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canCreateAccountProperty() {
        return canCreateAccount.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canCreateContactProperty() {
        return canCreateContact.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty connectedProperty() {
        return connected.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
