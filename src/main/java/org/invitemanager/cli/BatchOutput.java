package org.invitemanager.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.invitemanager.bulk.BulkFailure;
import org.invitemanager.bulk.BulkOutcome;
import org.invitemanager.domain.Invite;
import org.invitemanager.domain.LabelledInvite;

/** Prints a finished batch: one tab-separated line per invite, or one JSON document. */
final class BatchOutput {

    private BatchOutput() {
    }

    /** {@code label, link, expiry or "never", id or "-"}: the link is the one to hand out, as the QR code holds. */
    static void printLines(PrintWriter out, List<LabelledInvite> made) {
        for (LabelledInvite labelled : made) {
            Invite invite = labelled.invite();
            out.println(String.join("\t", PlainText.cell(labelled.label()), invite.qrPayload(),
                    PlainText.instant(invite.expires()), invite.id() == null ? "-" : PlainText.cell(invite.id())));
        }
    }

    /** The failures, in label order, one per line; a single invite's failure is simply the command's error. */
    static void printFailures(PrintWriter err, List<BulkFailure> failed, boolean single) {
        for (BulkFailure failure : failed) {
            String why = CliMessages.describe(failure.failure());
            err.println(single ? "Error: " + why : failure.label() + " failed: " + why);
        }
    }

    /** One line saying how it went; the invites themselves went to standard output. */
    static String summary(BulkOutcome outcome, String server) {
        int made = outcome.made().size();
        int asked = made + outcome.failed().size() + outcome.notStarted();
        if (outcome.complete()) {
            return "Created " + made + (made == 1 ? " invite" : " invites") + " on " + server + ".";
        }
        StringBuilder summary = new StringBuilder("Created " + made + " of " + asked + " invites on " + server);
        if (!outcome.failed().isEmpty()) {
            summary.append("; ").append(outcome.failed().size()).append(" failed");
        }
        if (outcome.notStarted() > 0) {
            summary.append("; ").append(outcome.notStarted()).append(" not started")
                    .append(outcome.cancelled() ? " (interrupted)" : " (the connection was lost)");
        }
        return summary.append('.').toString();
    }

    static String json(String server, BulkOutcome outcome, List<Path> written) {
        JsonWriter json = new JsonWriter().beginObject().field("server", server).name("invites").beginArray();
        for (LabelledInvite labelled : outcome.made()) {
            Invite invite = labelled.invite();
            json.beginObject()
                    .field("label", labelled.label())
                    .field("link", invite.qrPayload())
                    .field("uri", invite.uri())
                    .field("landingUrl", invite.landingUrl())
                    .field("expires", PlainText.isoOrNull(invite.expires()))
                    .field("id", invite.id())
                    .field("kind", KindNames.of(invite.kind()))
                    .endObject();
        }
        json.endArray().name("failed").beginArray();
        for (BulkFailure failure : outcome.failed()) {
            json.beginObject().field("label", failure.label())
                    .field("error", CliMessages.describe(failure.failure())).endObject();
        }
        json.endArray().field("notStarted", outcome.notStarted()).name("cancelled").value(outcome.cancelled());
        json.name("written").beginArray();
        written.forEach(file -> json.value(file.toString()));
        return json.endArray().endObject().toString();
    }
}
