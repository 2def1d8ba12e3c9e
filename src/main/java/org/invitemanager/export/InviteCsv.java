package org.invitemanager.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.invitemanager.domain.Invite;
import org.invitemanager.domain.LabelledInvite;
import org.invitemanager.qr.AtomicFiles;

/**
 * Writes invites as CSV for mail merges: a header row {@code label,link,expiry,id}, then one row per invite, quoted as
 * RFC 4180 asks, with CRLF line ends, in UTF-8 without a byte order mark.
 */
public final class InviteCsv {

    static final String HEADER = "label,link,expiry,id";
    private static final String CRLF = "\r\n";

    private InviteCsv() {
    }

    /** The whole file as text; just the header row when {@code invites} is empty. */
    public static String toCsv(List<LabelledInvite> invites) {
        StringBuilder csv = new StringBuilder(HEADER).append(CRLF);
        for (LabelledInvite labelled : invites) {
            Invite invite = Objects.requireNonNull(labelled, "invite").invite();
            csv.append(field(labelled.label())).append(',')
                    .append(field(invite.qrPayload())).append(',')
                    .append(field(invite.expires() == null ? "" : invite.expires().toString())).append(',')
                    .append(field(invite.id() == null ? "" : invite.id()))
                    .append(CRLF);
        }
        return csv.toString();
    }

    /**
     * Writes {@link #toCsv(List)} to {@code file}. The file is replaced in one step, so a failed write leaves any
     * earlier file as it was and no partial file behind.
     */
    public static void write(List<LabelledInvite> invites, Path file) throws IOException {
        byte[] csv = toCsv(invites).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, out -> out.write(csv));
    }

    static String field(String value) {
        String guarded = defuseFormula(value);
        if (guarded.indexOf(',') < 0 && guarded.indexOf('"') < 0 && guarded.indexOf('\r') < 0
                && guarded.indexOf('\n') < 0) {
            return guarded;
        }
        return '"' + guarded.replace("\"", "\"\"") + '"';
    }

    /**
     * Spreadsheets run a cell that starts with = + - @ (or a tab or CR before one) as a formula, and these files are
     * opened in spreadsheets; a leading apostrophe makes the cell plain text. Links start with a scheme, so they
     * never need it.
     */
    private static String defuseFormula(String value) {
        if (value.isEmpty() || value.startsWith("https://") || value.startsWith("xmpp:")) {
            return value;
        }
        return switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
            default -> value;
        };
    }
}
