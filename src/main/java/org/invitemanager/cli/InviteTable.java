package org.invitemanager.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.invitemanager.domain.InviteListEntry;
import org.invitemanager.domain.InviteUse;

/** The server's invite list as a table with aligned columns, or as a JSON array. */
final class InviteTable {

    private static final List<String> HEADER = List.of("ID", "KIND", "STATUS", "EXPIRES", "USES", "NOTE");

    private InviteTable() {
    }

    static void print(PrintWriter out, List<InviteListEntry> entries, Instant now) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (InviteListEntry entry : entries) {
            rows.add(List.of(PlainText.cell(entry.id()), KindNames.of(entry.kind()), status(entry, now),
                    PlainText.instant(entry.expires()), uses(entry), PlainText.cell(entry.note())));
        }
        int[] widths = new int[HEADER.size() - 1];
        for (List<String> row : rows) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < widths.length; i++) {
                line.append(row.get(i)).append(" ".repeat(widths[i] - row.get(i).length() + 2));
            }
            out.println(line.append(row.get(widths.length)).toString().stripTrailing());
        }
    }

    static String json(List<InviteListEntry> entries, Instant now) {
        JsonWriter json = new JsonWriter().beginArray();
        for (InviteListEntry entry : entries) {
            json.beginObject()
                    .field("id", entry.id())
                    .field("kind", KindNames.of(entry.kind()))
                    .field("status", status(entry, now))
                    .field("created", PlainText.isoOrNull(entry.created()))
                    .field("expires", PlainText.isoOrNull(entry.expires()))
                    .field("uses", entry.uses())
                    .field("maxUses", entry.maxUses())
                    .field("note", entry.note())
                    .field("creator", entry.creator())
                    .field("username", entry.username())
                    .name("usedBy").beginArray();
            for (InviteUse use : entry.usedBy()) {
                json.beginObject().field("account", use.account()).field("at", PlainText.isoOrNull(use.at()))
                        .endObject();
            }
            json.endArray()
                    .field("uri", entry.uri().isEmpty() ? null : entry.uri())
                    .field("landingUrl", entry.landingUrl().isEmpty() ? null : entry.landingUrl())
                    .endObject();
        }
        return json.endArray().toString();
    }

    private static String status(InviteListEntry entry, Instant now) {
        return entry.statusAt(now).name().toLowerCase(Locale.ROOT);
    }

    /** "2/5" when limited, "2" when not, "-" when the server did not count. */
    private static String uses(InviteListEntry entry) {
        if (entry.uses() == null) {
            return "-";
        }
        return entry.maxUses() == null ? entry.uses().toString() : entry.uses() + "/" + entry.maxUses();
    }
}
