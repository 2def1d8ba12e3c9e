package org.invitemanager.testsupport;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/**
 * Text that servers, scanners and paste buffers can hand the app, for property tests: plain words, the characters
 * that break naive code (bidi marks, combining marks, emoji, U+FFFD, half surrogate pairs, controls, line breaks),
 * and values far larger than any field needs.
 */
public final class OddText {

    /** Single characters, or short runs of them, that each trip up some kind of text handling. */
    public static final List<String> ODD_PIECES = List.of("\u200F", "\u202E", "\u2066", "e\u0301", "\u0301",
            "\uD83D\uDE42", "\uD83D\uDC69\u200D\uD83D\uDCBB", "\uFFFD", "\uD800", "\uDFFF", "\u0000", "\u0007",
            "\u001B[31m", "\r\n", "\n", "\t", "\u0085", "\u2028", "\u2029", "\uFEFF", "\u00A0", "\u3000", "ß", "İ",
            "中文", "&amp;", "<b>", "'", "\"", "%", "%zz", "%C3%A9", ";", "?", "=", "@", "/", "+", " ");

    /** A huge value: more than any server field, QR code or sentence could hold. */
    public static final int HUGE_LENGTH = 100_000;

    private OddText() {
    }

    /** Mostly short text of letters, digits and odd pieces; now and then empty, blank or {@value #HUGE_LENGTH} long. */
    public static Arbitrary<String> any() {
        return Arbitraries.frequencyOf(
                Tuple.of(6, mixed()),
                Tuple.of(1, Arbitraries.of("", " ", "\t\r\n", "\u00A0\u2003")),
                Tuple.of(1, huge()));
    }

    /** Short text mixing ASCII words with {@link #ODD_PIECES}. */
    public static Arbitrary<String> mixed() {
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(8)),
                Tuple.of(2, Arbitraries.of(ODD_PIECES)),
                Tuple.of(1, Arbitraries.chars().all().map(String::valueOf)));
        return piece.list().ofMaxSize(8).map(pieces -> String.join("", pieces));
    }

    /** {@value #HUGE_LENGTH} characters or more, repeating some text that may itself be odd. */
    public static Arbitrary<String> huge() {
        return Arbitraries.of("a", "9", "xmpp:", "\uD83D\uDE42", "e\u0301", "\u0000", "&#x1;", " ")
                .map(unit -> unit.repeat(HUGE_LENGTH / unit.length() + 1));
    }

    /** Text with one odd piece put somewhere into {@code text}. */
    public static Arbitrary<String> injectedInto(String text) {
        return Arbitraries.integers().between(0, text.length()).flatMap(at -> Arbitraries.of(ODD_PIECES)
                .map(piece -> text.substring(0, at) + piece + text.substring(at)));
    }

    /** Whether the text holds a character that has no place in one line of text: a control or a line break. */
    public static boolean hasControlOrLineBreak(String text) {
        return text.codePoints().anyMatch(c -> Character.isISOControl(c)
                || Character.getType(c) == Character.LINE_SEPARATOR
                || Character.getType(c) == Character.PARAGRAPH_SEPARATOR);
    }
}
