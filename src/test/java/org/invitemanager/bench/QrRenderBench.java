package org.invitemanager.bench;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.invitemanager.qr.QrEncoder;
import org.invitemanager.qr.QrImage;
import org.invitemanager.qr.QrMatrix;
import org.invitemanager.qr.QrRaster;
import org.invitemanager.qr.QrView;

/**
 * The QR path for one invite link, in three steps as QrView takes them at its default 280 logical pixels on a
 * 1.0-scale screen: QrEncoder's encode to a module grid (ZXing's writer, then ZXing's reader reading it back), the
 * pure rasteriser to ARGB, and the JavaFX image made from that; and, for scale, ZXing's writer alone. Warmed up first so the JIT has compiled the hot loops; each sample is the mean over a block of renders.
 */
final class QrRenderBench {

    private static final int WARM_UP = 3000;
    private static final int PER_SAMPLE = 500;

    private final String payload;
    private final int pixelsPerModule;
    private long sink;

    QrRenderBench(String payload) {
        this.payload = payload;
        int modules = QrEncoder.encode(payload).size();
        this.pixelsPerModule = QrRaster.pixelsPerModule(QrView.DEFAULT_LOGICAL_SIZE, 1.0, modules);
    }

    int pixelsPerModule() {
        return pixelsPerModule;
    }

    int modules() {
        return QrEncoder.encode(payload).size();
    }

    /** Microseconds per bare ZXing encode with QrEncoder's hints, without its read-back check. */
    List<Double> zxingWriterAlone(int samples) {
        Map<EncodeHintType, Object> hints = Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                EncodeHintType.CHARACTER_SET, "UTF-8", EncodeHintType.MARGIN, 0);
        QRCodeWriter writer = new QRCodeWriter();
        return time(samples, () -> {
            try {
                sink += writer.encode(payload, BarcodeFormat.QR_CODE, 0, 0, hints).getWidth();
            } catch (WriterException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Microseconds per encode, one sample per block. Needs no toolkit. */
    List<Double> encode(int samples) {
        return time(samples, () -> sink += QrEncoder.encode(payload).size());
    }

    /** Microseconds per encode + raster. Needs no toolkit. */
    List<Double> encodeAndRaster(int samples) {
        return time(samples, () -> {
            QrMatrix matrix = QrEncoder.encode(payload);
            QrImage image = QrRaster.render(matrix, pixelsPerModule);
            sink += image.argb().length;
        });
    }

    /** Microseconds per encode + raster + JavaFX image (QrView.imageOf); needs the toolkit started. */
    List<Double> toJavaFxImage(int samples) {
        return time(samples, () -> sink += (long) QrView.imageOf(payload, pixelsPerModule).getWidth());
    }

    private List<Double> time(int samples, Runnable render) {
        for (int i = 0; i < WARM_UP; i++) {
            render.run();
        }
        List<Double> micros = new ArrayList<>();
        for (int s = 0; s < samples; s++) {
            long start = System.nanoTime();
            for (int i = 0; i < PER_SAMPLE; i++) {
                render.run();
            }
            micros.add((System.nanoTime() - start) / 1e3 / PER_SAMPLE);
        }
        if (sink == 42) {
            System.err.print("");
        }
        return micros;
    }
}
