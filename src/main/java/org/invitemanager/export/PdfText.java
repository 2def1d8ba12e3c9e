package org.invitemanager.export;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** Makes text safe for a PDF standard font and small enough for the space it is given. */
final class PdfText {

    static final String ELLIPSIS = "…";

    /**
     * Text at a size that fits.
     *
     * @param text the text to draw, possibly shortened
     * @param size the font size to draw it at
     */
    record Fitted(String text, float size) {
    }

    private PdfText() {
    }

    /**
     * Replaces every character {@code font} cannot show with '?', and line breaks and other control characters with
     * a space. The standard 14 fonts only cover WinAnsi, while labels may hold emoji or CJK.
     */
    static String encodable(PDFont font, String text) {
        StringBuilder safe = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp)) {
                safe.append(' ');
            } else if (canEncode(font, cp)) {
                safe.appendCodePoint(cp);
            } else {
                safe.append('?');
            }
        });
        return safe.toString();
    }

    /**
     * {@code text} at {@code size}, or smaller down to {@code minSize}, so that it is at most {@code maxWidth} wide;
     * if even {@code minSize} is too wide, the text is cut and ends in an ellipsis. {@code text} must already be
     * {@link #encodable}.
     */
    static Fitted fit(PDFont font, String text, float size, float minSize, double maxWidth) throws IOException {
        float naturalWidth = width(font, text, 1);
        if (naturalWidth * size <= maxWidth) {
            return new Fitted(text, size);
        }
        float shrunk = (float) (maxWidth / naturalWidth);
        if (shrunk >= minSize) {
            return new Fitted(text, shrunk);
        }
        return new Fitted(ellipsize(font, text, minSize, maxWidth), minSize);
    }

    /** Width of {@code text} in points at {@code size}. */
    static float width(PDFont font, String text, float size) throws IOException {
        return font.getStringWidth(text) / 1000f * size;
    }

    private static String ellipsize(PDFont font, String text, float size, double maxWidth) throws IOException {
        int[] codePoints = text.codePoints().toArray();
        // Binary search for the longest start of the text that still fits with the ellipsis after it.
        int low = 0;
        int high = codePoints.length;
        while (low < high) {
            int mid = (low + high + 1) / 2;
            if (width(font, start(codePoints, mid) + ELLIPSIS, size) <= maxWidth) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return start(codePoints, low).stripTrailing() + ELLIPSIS;
    }

    private static String start(int[] codePoints, int count) {
        return new String(codePoints, 0, count);
    }

    private static boolean canEncode(PDFont font, int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException unencodable) {
            return false;
        }
    }
}
