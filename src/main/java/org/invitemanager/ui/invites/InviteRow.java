package org.invitemanager.ui.invites;

import java.time.Instant;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.invitemanager.domain.InviteListEntry;
import org.invitemanager.ui.ExpiryText;
import org.invitemanager.ui.Texts;

/** One invite as the list shows it; the expiry and status texts change as time passes. */
public final class InviteRow {

    private final InviteListEntry entry;
    private final ReadOnlyStringWrapper expiry = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper();
    private final String created;
    private InviteListEntry.Status currentStatus;

    InviteRow(InviteListEntry entry, ExpiryText texts, Instant now) {
        this.entry = entry;
        this.created = texts.sortableDate(entry.created());
        refresh(texts, now);
    }

    void refresh(ExpiryText texts, Instant now) {
        currentStatus = entry.statusAt(now);
        status.set(statusText(currentStatus));
        expiry.set(currentStatus == InviteListEntry.Status.USED ? "—" : texts.countdown(entry.expires(), now));
    }

    public InviteListEntry entry() {
        return entry;
    }

    public InviteListEntry.Status status() {
        return currentStatus;
    }

    public String kindText() {
        return switch (entry.kind()) {
            case ACCOUNT -> reusable() ? Texts.get("list.kind.accountReusable") : Texts.get("list.kind.account");
            case CONTACT -> Texts.get("list.kind.contact");
            case PASSWORD_RESET -> Texts.get("list.kind.passwordReset");
        };
    }

    /** An account invite more than one person can use. */
    boolean reusable() {
        return entry.maxUses() == null || entry.maxUses() > 1;
    }

    /** "2 / 3", "0 / ∞" for reusable without a limit, a dash where the app cannot know (local history). */
    public String usesText() {
        if (entry.uses() == null) {
            return "—";
        }
        String used = entry.uses().toString();
        String max = entry.maxUses() == null ? "∞" : entry.maxUses().toString();
        return used + " / " + max;
    }

    /** Local time that sorts as text: "2026-11-24 19:05". */
    public String createdText() {
        return created;
    }

    public String usedByText() {
        return entry.usedBy().stream().map(use -> use.account()).collect(Collectors.joining(", "));
    }

    /** Every text of the row, lower case, for the filter box. */
    String searchText() {
        return String.join(" ", kindText(), entry.note(), entry.username(), entry.creator(), usedByText(),
                status.get(), entry.id()).toLowerCase(java.util.Locale.ROOT);
    }

    public ReadOnlyStringProperty expiryProperty() {
        return expiry.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    private static String statusText(InviteListEntry.Status status) {
        return switch (status) {
            case PENDING -> Texts.get("list.status.pending");
            case EXPIRED -> Texts.get("list.status.expired");
            case USED -> Texts.get("list.status.used");
        };
    }
}
