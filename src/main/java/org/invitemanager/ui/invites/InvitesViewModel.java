package org.invitemanager.ui.invites;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
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
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper creating = new ReadOnlyBooleanWrapper(false);

    private final ReadOnlyBooleanWrapper companion = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper companionHint = new ReadOnlyStringWrapper("");

    private final XmppSession session;
    private final InviteCardViewModel card;
    private final Clock clock;
    private final Executor files;
    private final Executor ui;
    private final CreatedInvites created;
    private CreateRequest pending;
    private CreateRequest interrupted;
    private Failure lostBecause = new Failure.ConnectionLost();
    private String lastProblem = "";

    public InvitesViewModel(XmppSession session, InviteCardViewModel card, InviteHistoryStore history, Clock clock,
                            Executor files, Executor ui) {
        this.session = session;
        this.card = card;
        this.clock = clock;
        this.files = files;
        this.ui = ui;
        this.created = new CreatedInvites(session, history, clock, files);
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
     * someone may already be scanning is never missing from the list. An answer that comes after the admin stopped
     * waiting, or after the connection dropped, still goes into the history.
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
        creating.set(true);
        error.set("");
        notice.set("");
        status.set(ConnectionTexts.creating(options.kind()));
        CreateRequest request = new CreateRequest(options, account.get(), clock.instant());
        pending = request;
        session.createInvite(options)
                .thenApplyAsync(invite -> created.save(request.account(), invite, options.note()), files)
                .whenCompleteAsync((saved, failure) -> finished(request, saved, failure), ui);
    }

    private void finished(CreateRequest request, CreatedInvites.Saved saved, Throwable failure) {
        boolean awaited = pending == request;
        if (awaited) {
            pending = null;
            busy.set(false);
            creating.set(false);
            status.set("");
        }
        if (failure == null) {
            if (awaited || interrupted == request) {
                interrupted = null;
                card.show(saved.invite());
                if (!saved.inHistory()) {
                    error.set(Texts.get("invites.error.notInHistory"));
                }
                notice.set(awaited ? "" : Texts.get("invites.notice.recovered"));
            } else {
                notice.set(Texts.get("invites.notice.madeAfterAll"));
            }
            return;
        }
        Failure reason = FailureException.of(failure);
        if (!awaited) {
            return;
        }
        if (reason instanceof Failure.ConnectionLost || !connected.get()) {
            // The drop may reach us here before, or instead of, the connection listener.
            interrupted = request;
            connectionLost(reason);
        } else {
            if (reason instanceof Failure.Timeout) {
                // A slow server may still make it; the next reconnect or list refresh finds it.
                interrupted = request;
            }
            error.set(FailureMessages.describe(reason));
        }
    }

    /** Stops waiting for the invite being created; the buttons work again at once. */
    public void cancelCreate() {
        if (pending == null) {
            return;
        }
        pending = null;
        busy.set(false);
        creating.set(false);
        status.set("");
        notice.set(Texts.get("invites.notice.cancelled"));
    }

    /** The connection dropped: creating is off until the session is back. */
    public void connectionLost(Failure reason) {
        if (!connected.get() && !busy.get()) {
            return;
        }
        connected.set(false);
        if (pending != null) {
            interrupted = pending;
            pending = null;
        }
        busy.set(false);
        creating.set(false);
        status.set("");
        lostBecause = reason;
        lastProblem = lostText(reason);
        error.set(lastProblem);
    }

    private String lostText(Failure reason) {
        return ConnectionTexts.lost(server.get(), reason, card.inviteProperty().get() != null);
    }

    /** The main model tries again after {@code delay}; {@code lastAttempt} is why the last try failed, if one did. */
    public void reconnectScheduled(Duration delay, int attempt, Failure lastAttempt) {
        busy.set(false);
        status.set("");
        lastProblem = lastAttempt == null ? lostText(lostBecause) : ConnectionTexts.attemptFailed(lastAttempt);
        error.set(ConnectionTexts.retrying(lastProblem, delay, attempt));
    }

    /** Shown while the main model logs in again; what went wrong stays in view until the attempt ends. */
    public void reconnecting() {
        status.set(Texts.format("invites.status.reconnecting", server.get()));
        error.set(connected.get() ? "" : lastProblem);
        notice.set("");
        busy.set(true);
    }

    public void reconnectFailed(Failure reason) {
        busy.set(false);
        status.set("");
        error.set(ConnectionTexts.gaveUp(reason));
    }

    /**
     * The session is back after a drop. An invite whose answer the drop swallowed is looked for on the server, so it
     * is shown and kept if the server made it.
     */
    public void reconnected(boolean adminRightsLost) {
        notice.set(Texts.format("invites.notice.reconnected", server.get()));
        if (adminRightsLost) {
            adminRightsLost();
        }
        CreateRequest lost = interrupted;
        if (lost == null || !connected.get()) {
            return;
        }
        interrupted = null;
        if (!companion.get()) {
            notice.set(Texts.format("invites.notice.reconnectedUnknownInvite", server.get()));
            return;
        }
        created.recover(lost).whenCompleteAsync((found, failure) -> {
            if (failure != null) {
                LOG.info(() -> "cannot look for the interrupted invite: " + failure.getClass().getSimpleName());
            } else if (!found.isEmpty()) {
                card.show(found.get(0));
            }
            notice.set(ConnectionTexts.afterSearch(server.get(), failure == null ? found.size() : -1));
        }, ui);
    }

    /** The server no longer counts this account as an admin: say so, over whatever start() just showed. */
    public void adminRightsLost() {
        error.set(Texts.format("invites.error.adminRightsLost", server.get(), account.get()));
    }

    public void stop() {
        pending = null;
        interrupted = null;
        connected.set(false);
        busy.set(false);
        creating.set(false);
        error.set("");
        notice.set("");
        status.set("");
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

    /** Good or neutral news: reconnected, an invite found after all. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** Whether an invite is being created, so the admin can stop waiting for it. */
    public ReadOnlyBooleanProperty creatingProperty() {
        return creating.getReadOnlyProperty();
    }
}
