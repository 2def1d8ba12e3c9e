package org.invitemanager.qr;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Saves a QR code as a PNG file; the only class in this package that uses AWT. */
public final class QrPngWriter {

    /** Pixels per module for exported files: large enough to print or scan from another screen. */
    public static final int EXPORT_PIXELS_PER_MODULE = 10;

    private QrPngWriter() {
    }

    /**
     * Writes {@code matrix}, rendered by {@link QrRaster}, to {@code file} as a black and white PNG. The file is
     * replaced in one step, so a failed write leaves any earlier file as it was and no partial file behind.
     */
    public static void write(QrMatrix matrix, int pixelsPerModule, Path file) throws IOException {
        QrImage image = QrRaster.render(matrix, pixelsPerModule);
        BufferedImage buffered = new BufferedImage(image.width(), image.height(), BufferedImage.TYPE_BYTE_BINARY);
        buffered.setRGB(0, 0, image.width(), image.height(), image.argb(), 0, image.width());

        AtomicFiles.write(file, out -> {
            if (!ImageIO.write(buffered, "png", out)) {
                throw new IOException("No PNG writer available");
            }
        });
    }
}
