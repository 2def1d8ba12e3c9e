package org.invitemanager.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of the invite list: from the companion module's list, or from the app's own history on a stock server.
 *
 * @param id         the invite's id (not its token), unique in the list
 * @param kind       what the invite does
 * @param status     whether it can still be used
 * @param created    when it was made, or null when unknown
 * @param expires    when it stops working, or null when it never expires
 * @param uses       how often it was used, or null when unknown (the local history cannot know)
 * @param maxUses    how often it may be used, or null for unlimited until expiry
 * @param note       the admin's note, possibly empty
 * @param creator    who made it, possibly empty
 * @param username   the only username that may register with it, possibly empty
 * @param usedBy     who used it, and when
 * @param uri        the {@code xmpp:} URI, or empty when the server no longer has it (a spent invite)
 * @param landingUrl the HTTPS landing page, or empty
 */
public record InviteListEntry(String id, InviteKind kind, Status status, Instant created, Instant expires,
                              Integer uses, Integer maxUses, String note, String creator, String username,
                              List<InviteUse> usedBy, String uri, String landingUrl) {

    /** Where an invite stands. */
    public enum Status {
        PENDING, EXPIRED, USED
    }

    public InviteListEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        note = note == null ? "" : note;
        creator = creator == null ? "" : creator;
        username = username == null ? "" : username;
        usedBy = usedBy == null ? List.of() : List.copyOf(usedBy);
        uri = uri == null ? "" : uri;
        landingUrl = landingUrl == null ? "" : landingUrl;
    }

    /** The status now: a pending invite whose time ran out is expired even if the list said otherwise. */
    public Status statusAt(Instant now) {
        if (status == Status.PENDING && expires != null && !now.isBefore(expires)) {
            return Status.EXPIRED;
        }
        return status;
    }

    /** The invite behind this row, for showing its QR again; empty for a spent invite the server no longer has. */
    public Optional<Invite> invite() {
        if (uri.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Invite(kind, uri, landingUrl.isEmpty() ? null : landingUrl, expires, id));
    }
}
