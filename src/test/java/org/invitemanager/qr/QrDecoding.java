package org.invitemanager.qr;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.ReaderException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.Map;

/** Reads QR codes back with ZXing, the way a phone scanner would, so tests can check what was drawn. */
final class QrDecoding {

    private QrDecoding() {
    }

    /** Finds the code by its finder patterns, as a camera scanner does. */
    static String decode(int width, int height, int[] argb) {
        return read(width, height, argb, Map.of());
    }

    static String decode(QrImage image) {
        return decode(image.width(), image.height(), image.argb());
    }

    /**
     * Reads an upright code that fills the image apart from its quiet zone. ZXing's finder search cannot resolve
     * finder patterns only one pixel per module wide, so one-pixel renderings are read this way.
     */
    static String decodePure(QrImage image) {
        return read(image.width(), image.height(), image.argb(), Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE));
    }

    private static String read(int width, int height, int[] argb, Map<DecodeHintType, ?> hints) {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, argb)));
        try {
            return new QRCodeReader().decode(bitmap, hints).getText();
        } catch (ReaderException e) {
            throw new AssertionError("ZXing could not read the QR code in a " + width + "x" + height + " image", e);
        }
    }
}
