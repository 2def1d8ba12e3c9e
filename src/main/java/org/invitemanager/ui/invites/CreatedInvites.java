package org.invitemanager.ui.invites;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.invitemanager.domain.Invite;
import org.invitemanager.domain.InviteListEntry;
import org.invitemanager.settings.InviteHistoryStore;
import org.invitemanager.xmpp.XmppSession;

/**
 * Keeps every invite the server made in the local history: the ones whose answer arrived, late or not, and the ones
 * a create made although its answer never arrived (the server may make an invite and then lose the connection before
 * it can say so). Such an invite works, so it must not be missing from the history.
 */
final class CreatedInvites {

    private static final Logger LOG = Logger.getLogger(CreatedInvites.class.getName());

    /** Leeway for a server clock that runs a little behind this computer's. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(2);

    private final XmppSession session;
    private final InviteHistoryStore history;
    private final Clock clock;
    private final Executor files;

    CreatedInvites(XmppSession session, InviteHistoryStore history, Clock clock, Executor files) {
        this.session = session;
        this.history = history;
        this.clock = clock;
        this.files = files;
    }

    /** An invite just made, and whether it reached the history file. */
    record Saved(Invite invite, boolean inHistory) { }

    /** Records an invite whose answer arrived; a failing disk does not lose the invite shown. */
    Saved save(String account, Invite invite, String note) {
        try {
            history.record(account, invite, clock.instant(), note);
            return new Saved(invite, true);
        } catch (IOException e) {
            // Losing the QR as well would be worse: the server already made the invite.
            LOG.warning(() -> "cannot save the invite in the history: " + e.getClass().getSimpleName());
            return new Saved(invite, false);
        }
    }

    /**
     * Looks in the server's list (companion module) for pending invites of the request's kind that this account made
     * since it asked and that the history lacks, records them in the history, and returns them, newest first.
     */
    CompletableFuture<List<Invite>> recover(CreateRequest request) {
        return session.listInvites().thenApplyAsync(entries -> {
            Set<String> known = history.entries(request.account()).stream().map(InviteListEntry::id)
                    .collect(Collectors.toSet());
            List<InviteListEntry> made = entries.stream().filter(entry -> madeFor(request, entry))
                    .filter(entry -> !known.contains(entry.id()))
                    .sorted(Comparator.comparing(InviteListEntry::created).reversed()).toList();
            List<Invite> found = new ArrayList<>();
            for (InviteListEntry entry : made) {
                Invite invite = entry.invite().orElseThrow();
                record(request, entry, invite);
                found.add(invite);
            }
            return found;
        }, files);
    }

    private static boolean madeFor(CreateRequest request, InviteListEntry entry) {
        return entry.kind() == request.options().kind()
                && entry.status() == InviteListEntry.Status.PENDING
                && entry.invite().isPresent()
                && entry.created() != null
                && !entry.created().isBefore(request.requestedAt().minus(CLOCK_SKEW))
                && (entry.creator().isEmpty() || entry.creator().equalsIgnoreCase(request.account()));
    }

    private void record(CreateRequest request, InviteListEntry entry, Invite invite) {
        try {
            history.record(request.account(), invite, entry.created(), request.options().note());
        } catch (IOException e) {
            // Still in the server's list, which is where the admin is told to look.
            throw new java.io.UncheckedIOException(e);
        }
    }
}
