package org.invitemanager.ui.invites;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.invitemanager.domain.FailureException;
import org.invitemanager.domain.InviteListEntry;
import org.invitemanager.domain.SessionInfo;
import org.invitemanager.settings.InviteHistoryStore;
import org.invitemanager.ui.ExpiryText;
import org.invitemanager.ui.FailureMessages;
import org.invitemanager.ui.Texts;
import org.invitemanager.ui.qr.InviteCardViewModel;
import org.invitemanager.xmpp.XmppSession;

/**
 * The invite list: the server's list where the companion module provides one, else the app's own history. Filters,
 * re-opens an invite's QR, revokes after a confirmation, and removes expired invites.
 */
public final class InviteListViewModel {

    /** Which invites the list shows. */
    public enum Show {
        ALL, PENDING, EXPIRED, USED;

        @Override
        public String toString() {
            return switch (this) {
                case ALL -> Texts.get("list.show.all");
                case PENDING -> Texts.get("list.show.pending");
                case EXPIRED -> Texts.get("list.show.expired");
                case USED -> Texts.get("list.show.used");
            };
        }
    }

    private final ObservableList<InviteRow> rows = FXCollections.observableArrayList();
    private final FilteredList<InviteRow> visible = new FilteredList<>(rows);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObjectProperty<Show> show = new SimpleObjectProperty<>(Show.ALL);
    private final ReadOnlyBooleanWrapper fromServer = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper connected = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper source = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper confirmation = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<InviteRow> toRevoke = new ReadOnlyObjectWrapper<>();

    private final XmppSession session;
    private final InviteHistoryStore history;
    private final InviteCardViewModel card;
    private final Clock clock;
    private final ExpiryText texts;
    private final Executor files;
    private final Executor ui;
    private String account = "";
    private CompletableFuture<?> inFlight;

    public InviteListViewModel(XmppSession session, InviteHistoryStore history, InviteCardViewModel card,
                               Clock clock, ExpiryText texts, Executor files, Executor ui) {
        this.session = session;
        this.history = history;
        this.card = card;
        this.clock = clock;
        this.texts = texts;
        this.files = files;
        this.ui = ui;
        filter.addListener((obs, old, now) -> applyFilter());
        show.addListener((obs, old, now) -> applyFilter());
    }

    public void start(SessionInfo info) {
        drop();
        account = info.account();
        fromServer.set(info.capabilities().hasCompanion());
        source.set(fromServer.get() ? Texts.format("list.source.server", info.domain())
                : Texts.format("list.source.history", info.domain(), info.account()));
        connected.set(true);
        rows.clear();
        status.set("");
        error.set("");
    }

    public void refresh() {
        refresh(null);
    }

    /** Reloads the list, then shows {@code outcome} (what was just done) instead of the list's own status. */
    private void refresh(String outcome) {
        if (busy.get() || (fromServer.get() && !connected.get())) {
            return;
        }
        String forAccount = account;
        CompletableFuture<List<InviteListEntry>> listing = fromServer.get() ? session.listInvites()
                : CompletableFuture.supplyAsync(() -> history.entries(forAccount), files);
        run(listing, Texts.get("list.status.reading"), entries -> {
            rows.setAll(entries.stream().map(e -> new InviteRow(e, texts, clock.instant())).toList());
            applyFilter();
            status.set(outcome != null ? outcome : rows.isEmpty() ? Texts.get("list.status.noInvites") : "");
        });
    }

    /** Shows the row's QR on the invite card; false when the server no longer has the invite's link. */
    public boolean showQr(InviteRow row) {
        if (row == null) {
            return false;
        }
        var invite = row.entry().invite();
        if (invite.isEmpty()) {
            error.set(Texts.get("list.error.usedUp"));
            return false;
        }
        error.set("");
        card.show(invite.get());
        return true;
    }

    public void requestRevoke(InviteRow row) {
        if (row == null || !fromServer.get() || row.status() == InviteListEntry.Status.USED) {
            return;
        }
        toRevoke.set(row);
        confirmation.set(revokeQuestion(row));
    }

    public void confirmRevoke() {
        InviteRow row = toRevoke.get();
        cancelRevoke();
        if (row == null || !connected.get()) {
            return;
        }
        run(session.revokeInvite(row.entry().id()), Texts.get("list.status.revoking"),
                done -> refresh(Texts.get("list.status.revoked")));
    }

    public void cancelRevoke() {
        toRevoke.set(null);
        confirmation.set("");
    }

    public void removeExpired() {
        if (!fromServer.get() || !connected.get()) {
            return;
        }
        run(session.removeExpiredInvites(), Texts.get("list.status.removingExpired"), removed ->
                refresh(Texts.format("list.status.removedExpired", removed)));
    }

    /** One whole question per kind, with and without the note, so each reads right in every language. */
    private static String revokeQuestion(InviteRow row) {
        String note = row.entry().note();
        boolean noted = !note.isEmpty();
        return switch (row.entry().kind()) {
            case ACCOUNT -> row.reusable()
                    ? (noted ? Texts.format("list.revoke.question.accountReusableNote", note)
                            : Texts.get("list.revoke.question.accountReusable"))
                    : (noted ? Texts.format("list.revoke.question.accountNote", note)
                            : Texts.get("list.revoke.question.account"));
            case CONTACT -> noted ? Texts.format("list.revoke.question.contactNote", note)
                    : Texts.get("list.revoke.question.contact");
            case PASSWORD_RESET -> noted ? Texts.format("list.revoke.question.passwordResetNote", note)
                    : Texts.get("list.revoke.question.passwordReset");
        };
    }

    /** Moves the countdowns on; the view calls it on a timer. */
    public void refreshClock() {
        rows.forEach(row -> row.refresh(texts, clock.instant()));
        applyFilter();
    }

    public void connectionLost() {
        drop();
        connected.set(false);
    }

    public void stop() {
        drop();
        connected.set(false);
        rows.clear();
    }

    private <T> void run(CompletableFuture<T> work, String what, Consumer<T> done) {
        busy.set(true);
        error.set("");
        status.set(what);
        inFlight = work;
        work.whenCompleteAsync((value, failure) -> {
            if (inFlight != work) {
                return;
            }
            inFlight = null;
            busy.set(false);
            status.set("");
            if (failure != null) {
                error.set(FailureMessages.describe(FailureException.of(failure)));
            } else {
                done.accept(value);
            }
        }, ui);
    }

    private void drop() {
        if (inFlight != null) {
            inFlight.cancel(false);
            inFlight = null;
        }
        busy.set(false);
        cancelRevoke();
    }

    private void applyFilter() {
        String words = filter.get() == null ? "" : filter.get().strip().toLowerCase(Locale.ROOT);
        Show which = show.get();
        visible.setPredicate(row -> matches(row, which) && (words.isEmpty() || row.searchText().contains(words)));
    }

    private static boolean matches(InviteRow row, Show which) {
        return switch (which == null ? Show.ALL : which) {
            case ALL -> true;
            case PENDING -> row.status() == InviteListEntry.Status.PENDING;
            case EXPIRED -> row.status() == InviteListEntry.Status.EXPIRED;
            case USED -> row.status() == InviteListEntry.Status.USED;
        };
    }

    public ObservableList<InviteRow> visibleRows() {
        return visible;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ObjectProperty<Show> showProperty() {
        return show;
    }

    public ReadOnlyBooleanProperty fromServerProperty() {
        return fromServer.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty connectedProperty() {
        return connected.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sourceProperty() {
        return source.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty confirmationProperty() {
        return confirmation.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<InviteRow> revokeCandidateProperty() {
        return toRevoke.getReadOnlyProperty();
    }
}
