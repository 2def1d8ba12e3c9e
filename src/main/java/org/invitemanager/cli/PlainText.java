package org.invitemanager.cli;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Values as they appear in the plain, tab-separated output, which one line per row must keep readable. */
final class PlainText {

    private PlainText() {
    }

    /** The text with tabs, line breaks and other control characters turned into spaces. */
    static String cell(String text) {
        return text == null ? "" : text.replaceAll("[\\p{Cc}\\p{Zl}\\p{Zp}]", " ");
    }

    /** An instant in ISO 8601, UTC, to the second; "never" for none. */
    static String instant(Instant instant) {
        return instant == null ? "never" : instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** For JSON: the same ISO 8601 form, or null. */
    static String isoOrNull(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
