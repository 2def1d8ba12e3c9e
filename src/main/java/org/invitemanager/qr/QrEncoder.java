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

    private QrEncoder() {
    }

    /**
     * Encodes {@code payload} exactly as given, at error correction level M, in UTF-8.
     *
     * @throws FailureException with {@link Failure.InvalidInput} if the payload is empty or does not fit a QR code
     */
    public static QrMatrix encode(String payload) {
        if (payload == null || payload.isEmpty()) {
            throw invalid("There is no link to show as a QR code");
        }
        BitMatrix bits;
        try {
            // Size 0 and margin 0 make ZXing return exactly one bit per module; QrRaster adds the quiet zone.
            bits = new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, 0, 0, hints());
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

    private static Map<EncodeHintType, Object> hints() {
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        hints.put(EncodeHintType.CHARACTER_SET, "UTF-8");
        hints.put(EncodeHintType.MARGIN, 0);
        return hints;
    }

    private static FailureException invalid(String message) {
        return new FailureException(new Failure.InvalidInput(message));
    }
}
