package org.invitemanager.xmpp;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.invitemanager.domain.Failure;
import org.invitemanager.domain.FailureException;
import org.invitemanager.domain.InviteKind;
import org.invitemanager.domain.InviteListEntry;
import org.invitemanager.domain.InviteUse;

/**
 * Reads the companion module's invite table. A row the app cannot make sense of is skipped and counted in the log,
 * so one odd invite never hides the others.
 */
final class InviteListParser {

    private static final Logger LOG = Logger.getLogger(InviteListParser.class.getName());

    private InviteListParser() {
    }

    static List<InviteListEntry> parse(CommandResult result) {
        if (!result.hasForm()) {
            throw new FailureException(new Failure.InvalidResponse("The server's invite list is empty of any table."));
        }
        List<InviteListEntry> entries = new ArrayList<>();
        int skipped = 0;
        for (Map<String, List<String>> row : result.items()) {
            Optional<InviteListEntry> entry = entry(row);
            if (entry.isPresent()) {
                entries.add(entry.get());
            } else {
                skipped++;
            }
        }
        if (skipped > 0) {
            int count = skipped;
            LOG.warning(() -> "skipped " + count + " unreadable rows of the invite list");
        }
        return entries;
    }

    private static Optional<InviteListEntry> entry(Map<String, List<String>> row) {
        String id = first(row, "id");
        Optional<InviteKind> kind = CompanionWireNames.kind(first(row, "kind"));
        if (id == null || kind.isEmpty()) {
            return Optional.empty();
        }
        String uri = first(row, "uri");
        if (uri != null && (!uri.startsWith("xmpp:") || InviteResultParser.hasUnprintable(uri))) {
            return Optional.empty();
        }
        String landing = first(row, "landing-url");
        if (landing != null && (!landing.regionMatches(true, 0, "https://", 0, 8)
                || InviteResultParser.hasUnprintable(landing))) {
            landing = null;
        }
        return Optional.of(new InviteListEntry(id, kind.get(), status(first(row, "status")), time(first(row, "created")),
                time(first(row, "expires")), number(first(row, "uses")), number(first(row, "max-uses")),
                first(row, "note"), first(row, "creator"), first(row, "username"), uses(row.get("used-by")), uri,
                landing));
    }

    private static InviteListEntry.Status status(String value) {
        if ("used".equals(value)) {
            return InviteListEntry.Status.USED;
        }
        return "expired".equals(value) ? InviteListEntry.Status.EXPIRED : InviteListEntry.Status.PENDING;
    }

    private static List<InviteUse> uses(List<String> values) {
        List<InviteUse> uses = new ArrayList<>();
        for (String value : values == null ? List.<String>of() : values) {
            String trimmed = value == null ? "" : value.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            int space = trimmed.lastIndexOf(' ');
            if (space < 0) {
                uses.add(new InviteUse(trimmed, null));
            } else {
                uses.add(new InviteUse(trimmed.substring(0, space).strip(), time(trimmed.substring(space + 1))));
            }
        }
        return uses;
    }

    private static String first(Map<String, List<String>> row, String var) {
        List<String> values = row.get(var);
        if (values == null) {
            return null;
        }
        return values.stream().filter(v -> v != null && !v.isBlank()).findFirst().map(String::strip).orElse(null);
    }

    private static Instant time(String text) {
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Integer number(String text) {
        if (text == null) {
            return null;
        }
        try {
            int value = Integer.parseInt(text);
            return value < 0 ? null : value;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
