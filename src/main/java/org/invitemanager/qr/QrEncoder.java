package org.invitemanager.qr;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.EnumMap;
import java.util.Map;
import org.invitemanager.domain.Failure;
import org.invitemanager.domain.FailureException;

/** Turns a payload into QR modules; the single place where the app encodes QR codes. */
public final class QrEncoder {

    private static final int MASK_PATTERNS = 8;

    private QrEncoder() {
    }

    /**
     * Encodes {@code payload} exactly as given, at error correction level M, in UTF-8. Uses the mask ZXing prefers
     * unless ZXing's own reader cannot read that code back, then the first mask it can.
     *
     * @throws FailureException with {@link Failure.InvalidInput} if the payload is empty, holds half of a surrogate
     *                          pair (which UTF-8 cannot carry), or does not fit a QR code
     */
    public static QrMatrix encode(String payload) {
        if (payload == null || payload.isEmpty()) {
            throw invalid("There is no link to show as a QR code");
        }
        // UTF-8 turns half a pair into '?', so the code would read as a different link.
        if (payload.codePoints().anyMatch(c -> Character.getType(c) == Character.SURROGATE)) {
            throw invalid("The link has a broken character (half of an emoji or other symbol)");
        }
        QrMatrix preferred = write(payload, null);
        if (QrReadBack.readsBack(preferred, payload)) {
            return preferred;
        }
        // Any mask gives a valid code; take the first one that ZXing-based scanners also read back.
        for (int mask = 0; mask < MASK_PATTERNS; mask++) {
            QrMatrix candidate = write(payload, mask);
            if (QrReadBack.readsBack(candidate, payload)) {
                return candidate;
            }
        }
        return preferred;
    }

    private static QrMatrix write(String payload, Integer mask) {
        BitMatrix bits;
        try {
            // Size 0 and margin 0 make ZXing return exactly one bit per module; QrRaster adds the quiet zone.
            bits = new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, 0, 0, hints(mask));
        } catch (WriterException e) {
            int length = payload.codePointCount(0, payload.length());
            throw invalid("The link is too long for a QR code (" + length + " characters)");
        }
        int size = bits.getWidth();
        boolean[] dark = new boolean[size * size];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                dark[y * size + x] = bits.get(x, y);
            }
        }
        return new QrMatrix(size, dark);
    }

    private static Map<EncodeHintType, Object> hints(Integer mask) {
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        hints.put(EncodeHintType.CHARACTER_SET, "UTF-8");
        hints.put(EncodeHintType.MARGIN, 0);
        if (mask != null) {
            hints.put(EncodeHintType.QR_MASK_PATTERN, mask);
        }
        return hints;
    }

    private static FailureException invalid(String message) {
        return new FailureException(new Failure.InvalidInput(message));
    }
}
