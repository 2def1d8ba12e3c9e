package org.invitemanager.domain;

/** Text a server sent (error texts, notes), made safe to show in one line of a window or a terminal. */
public final class ServerText {

    /** Longest server text shown, in code points; longer texts end in an ellipsis. */
    public static final int MAX_LENGTH = 200;

    private ServerText() {
    }

    /**
     * Server texts are foreign input: one line without control characters, short, and without a closing full stop so
     * the caller's sentence can go on. Blank or missing text gives {@code fallback}.
     */
    public static String oneLine(String text, String fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        String clean = text.replaceAll("[\\p{Cc}\\p{Zl}\\p{Zp}]", " ").strip();
        if (clean.endsWith(".")) {
            clean = clean.substring(0, clean.length() - 1);
        }
        if (clean.codePointCount(0, clean.length()) <= MAX_LENGTH) {
            return clean;
        }
        return clean.substring(0, clean.offsetByCodePoints(0, MAX_LENGTH)) + "…";
    }
}
