package org.invitemanager.qr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QrReadBackTest {

    @Test
    void zxingsPreferredMaskForTheSampleInviteIsMisreadByZxing() throws WriterException {
        QrMatrix preferred = zxingPreferred(QrEncoderTest.INVITE);

        assertFalse(QrReadBack.readsBack(preferred, QrEncoderTest.INVITE));
    }

    @Test
    void encoderSwapsAMisreadMaskForOneThatReadsBack() throws WriterException {
        QrMatrix encoded = QrEncoder.encode(QrEncoderTest.INVITE);

        assertNotEquals(zxingPreferred(QrEncoderTest.INVITE), encoded);
        assertTrue(QrReadBack.readsBack(encoded, QrEncoderTest.INVITE));
    }

    @Test
    void encoderKeepsZxingsPreferredMaskWhenItReadsBack() throws WriterException {
        String payload = "xmpp:example.org?register;preauth=AAAABBBBCCCCDDDD";

        assertEquals(zxingPreferred(payload), QrEncoder.encode(payload));
    }

    @Test
    void aCodeForAnotherPayloadDoesNotReadBack() {
        assertFalse(QrReadBack.readsBack(QrEncoder.encode("https://example.org/a"), "https://example.org/b"));
    }

    private static QrMatrix zxingPreferred(String payload) throws WriterException {
        Map<EncodeHintType, Object> hints = Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                EncodeHintType.CHARACTER_SET, "UTF-8", EncodeHintType.MARGIN, 0);
        BitMatrix bits = new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, 0, 0, hints);
        boolean[] dark = new boolean[bits.getWidth() * bits.getHeight()];
        for (int y = 0; y < bits.getHeight(); y++) {
            for (int x = 0; x < bits.getWidth(); x++) {
                dark[y * bits.getWidth() + x] = bits.get(x, y);
            }
        }
        return new QrMatrix(bits.getWidth(), dark);
    }
}
