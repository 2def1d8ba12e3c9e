package org.invitemanager.ui.invites;

import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Logger;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.invitemanager.domain.Failure;
import org.invitemanager.domain.FailureException;
import org.invitemanager.domain.Invite;
import org.invitemanager.domain.InviteKind;
import org.invitemanager.domain.InviteOptions;
import org.invitemanager.settings.InviteHistoryStore;
import org.invitemanager.domain.ServerCapabilities;
import org.invitemanager.domain.SessionInfo;
import org.invitemanager.ui.FailureMessages;
import org.invitemanager.ui.Texts;
import org.invitemanager.ui.qr.InviteCardViewModel;
import org.invitemanager.xmpp.XmppSession;

/** The main screen: who is logged in where, what the server allows, and creating invites. */
public final class InvitesViewModel {

    private static final Logger LOG = Logger.getLogger(InvitesViewModel.class.getName());

    private final ReadOnlyStringWrapper server = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper account = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper capabilityNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canCreateAccount = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canCreateContact = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper connected = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    private final ReadOnlyBooleanWrapper companion = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper companionHint = new ReadOnlyStringWrapper("");

    private final XmppSession session;
    private final InviteCardViewModel card;
    private final InviteHistoryStore history;
    private final Clock clock;
    private final Executor files;
    private final Executor ui;
    private CompletableFuture<Invite> inFlight;

    public InvitesViewModel(XmppSession session, InviteCardViewModel card, InviteHistoryStore history, Clock clock,
                            Executor files, Executor ui) {
        this.session = session;
        this.card = card;
        this.history = history;
        this.clock = clock;
        this.files = files;
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
        companion.set(caps.hasCompanion());
        companionHint.set(caps.isAdmin() && !caps.hasCompanion() ? Texts.get("companion.hint") : "");
        connected.set(true);
        busy.set(false);
        error.set("");
        status.set("");
    }

    public void createInvite(InviteKind kind) {
        createInvite(InviteOptions.of(kind));
    }

    /**
     * Asks the server for an invite. The invite goes into the local history before its QR is shown, so an invite
     * someone may already be scanning is never missing from the list.
     */
    public void createInvite(InviteOptions options) {
        if (busy.get() || !connected.get()) {
            return;
        }
        Optional<String> problem = options.problem();
        if (problem.isPresent()) {
            error.set(problem.get());
            return;
        }
        busy.set(true);
        error.set("");
        status.set(creating(options.kind()));
        String forAccount = account.get();
        CompletableFuture<Invite> attempt = session.createInvite(options);
        inFlight = attempt;
        attempt.thenApplyAsync(invite -> remember(forAccount, invite, options.note()), files)
                .whenCompleteAsync((saved, failure) -> {
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
                        card.show(saved.invite());
                        if (!saved.inHistory()) {
                            error.set(Texts.get("invites.error.notInHistory"));
                        }
                    }
                }, ui);
    }

    /** The invite just made, and whether it reached the history file. */
    private record Saved(Invite invite, boolean inHistory) { }

    private Saved remember(String forAccount, Invite invite, String note) {
        try {
            history.record(forAccount, invite, clock.instant(), note);
            return new Saved(invite, true);
        } catch (IOException e) {
            // Losing the QR as well would be worse: the server already made the invite.
            LOG.warning(() -> "cannot save the invite in the history: " + e.getClass().getSimpleName());
            return new Saved(invite, false);
        }
    }

    private static String creating(InviteKind kind) {
        return switch (kind) {
            case ACCOUNT -> Texts.get("invites.status.creatingAccount");
            case CONTACT -> Texts.get("invites.status.creatingContact");
            case PASSWORD_RESET -> Texts.get("invites.status.creatingPasswordReset");
        };
    }

    /** The connection dropped: creating is off until the admin reconnects. */
    public void connectionLost(Failure reason) {
        connected.set(false);
        dropPendingInvite();
        busy.set(false);
        status.set("");
        boolean kept = card.inviteProperty().get() != null;
        if (reason instanceof Failure.ConnectionLost) {
            error.set(kept ? Texts.format("invites.error.connectionLostKept", server.get())
                    : Texts.format("invites.error.connectionLost", server.get()));
        } else {
            String why = FailureMessages.describe(reason);
            error.set(kept ? Texts.format("invites.error.connectionLostBecauseKept", server.get(), why)
                    : Texts.format("invites.error.connectionLostBecause", server.get(), why));
        }
    }

    /** Shown while the main model logs in again. */
    public void reconnecting() {
        status.set(Texts.format("invites.status.reconnecting", server.get()));
        error.set("");
        busy.set(true);
    }

    public void reconnectFailed(Failure reason) {
        busy.set(false);
        status.set("");
        String why = FailureMessages.describe(reason);
        if (reason instanceof Failure.UntrustedCertificate || reason instanceof Failure.CertificateChanged) {
            error.set(Texts.format("invites.error.reconnectFailedCertificate", why));
        } else if (reason instanceof Failure.AuthFailed) {
            error.set(Texts.format("invites.error.reconnectFailedPassword", why));
        } else {
            error.set(Texts.format("invites.error.reconnectFailed", why));
        }
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

    public ReadOnlyBooleanProperty companionProperty() {
        return companion.getReadOnlyProperty();
    }

    /** One line for stock servers: what the companion module would add. Empty with the module, or for non-admins. */
    public ReadOnlyStringProperty companionHintProperty() {
        return companionHint.getReadOnlyProperty();
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
