package org.invitemanager.domain.form;

/**
 * How fields and values appear inside the validator's sentences: in curly quotes, cut short, and without characters
 * that would garble the sentence around them (line breaks, controls, bidi overrides, half surrogate pairs).
 */
final class Wording {

    static final int MAX_SHOWN_CODE_POINTS = 40;
    private static final int REPLACEMENT = '\uFFFD';

    private Wording() {
    }

    /** The field as a sentence names it: its label in quotes, or "this field" when it has none. */
    static String field(FormField field) {
        String label = field.displayLabel();
        return label.isBlank() ? "this field" : quote(label);
    }

    static String quote(String text) {
        return "“" + shorten(text) + "”";
    }

    /** The text with a capital first letter, for a sentence that opens with {@link #field}. */
    static String sentence(String text) {
        if (text.isEmpty()) {
            return text;
        }
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** At most {@value #MAX_SHOWN_CODE_POINTS} characters of the text, ending in "…" when cut. */
    static String shorten(String text) {
        StringBuilder shown = new StringBuilder();
        int count = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (count == MAX_SHOWN_CODE_POINTS - 1 && i < text.length()) {
                return shown.append('…').toString();
            }
            shown.appendCodePoint(isHarmless(codePoint) ? codePoint : REPLACEMENT);
            count++;
        }
        return shown.toString();
    }

    private static boolean isHarmless(int codePoint) {
        int type = Character.getType(codePoint);
        if (type == Character.CONTROL || type == Character.SURROGATE || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR) {
            return false;
        }
        byte direction = Character.getDirectionality(codePoint);
        return direction != Character.DIRECTIONALITY_LEFT_TO_RIGHT_EMBEDDING
                && direction != Character.DIRECTIONALITY_LEFT_TO_RIGHT_OVERRIDE
                && direction != Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING
                && direction != Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE
                && direction != Character.DIRECTIONALITY_POP_DIRECTIONAL_FORMAT
                && direction != Character.DIRECTIONALITY_LEFT_TO_RIGHT_ISOLATE
                && direction != Character.DIRECTIONALITY_RIGHT_TO_LEFT_ISOLATE
                && direction != Character.DIRECTIONALITY_FIRST_STRONG_ISOLATE
                && direction != Character.DIRECTIONALITY_POP_DIRECTIONAL_ISOLATE;
    }
}
