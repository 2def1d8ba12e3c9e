package org.invitemanager.qr;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ReaderException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/**
 * Checks that ZXing's own finder-based reader, which many phone scanners use, reads a code back. About one code in
 * sixty that ZXing encodes with its preferred mask has a finder-like shape in the data that this reader locks onto.
 */
final class QrReadBack {

    // Each size catches codes the others miss; with all three no misread survived a few thousand invite-like URIs.
    private static final int[] PIXELS_PER_MODULE = {2, 3, 8};

    private QrReadBack() {
    }

    static boolean readsBack(QrMatrix matrix, String payload) {
        for (int ppm : PIXELS_PER_MODULE) {
            QrImage image = QrRaster.render(matrix, ppm);
            RGBLuminanceSource source = new RGBLuminanceSource(image.width(), image.height(), image.argb());
            try {
                String text = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText();
                if (!payload.equals(text)) {
                    return false;
                }
            } catch (ReaderException | RuntimeException e) {
                // A bogus detection can also surface as a runtime exception; either way it did not read back.
                return false;
            }
        }
        return true;
    }
}
