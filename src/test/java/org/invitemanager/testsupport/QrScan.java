package org.invitemanager.testsupport;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.ReaderException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.Map;

/** Finds and reads the one QR code in a picture with ZXing, as a phone scanner would, for tests outside qr/. */
public final class QrScan {

    private QrScan() {
    }

    /** The text of the QR code in the {@code width} x {@code height} ARGB pixels; fails the test if there is none. */
    public static String decode(int width, int height, int[] argb) {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, argb)));
        try {
            return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
        } catch (ReaderException e) {
            throw new AssertionError("ZXing found no readable QR code in a " + width + "x" + height + " picture", e);
        }
    }
}
