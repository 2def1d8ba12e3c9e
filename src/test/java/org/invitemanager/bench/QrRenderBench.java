package org.invitemanager.bench;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.invitemanager.qr.QrEncoder;
import org.invitemanager.qr.QrImage;
import org.invitemanager.qr.QrMatrix;
import org.invitemanager.qr.QrRaster;
import org.invitemanager.qr.QrView;

/**
 * The QR path for one invite link, as QrView takes it at its default 280 logical pixels on a 1.0-scale screen, step
 * by step: ZXing's writer alone (for scale); QrEncoder (that writer, then ZXing's reader reading the code back);
 * plus the pure rasteriser to ARGB; plus the JavaFX image made from that (QrView.imageOf, which needs the toolkit
 * started). Every step is warmed up first so the JIT has compiled the hot loops; then the steps take turns, a block
 * of renders each, so a busy machine slows them alike. A sample is the mean over one block.
 */
final class QrRenderBench {

    private static final int WARM_UP = 3000;
    private static final int PER_BLOCK = 500;
    private static final Map<EncodeHintType, Object> ENCODER_HINTS = Map.of(
            EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.CHARACTER_SET, "UTF-8",
            EncodeHintType.MARGIN, 0);

    private final String payload;
    private final int modules;
    private final int pixelsPerModule;
    private long sink;

    QrRenderBench(String payload) {
        this.payload = payload;
        this.modules = QrEncoder.encode(payload).size();
        this.pixelsPerModule = QrRaster.pixelsPerModule(QrView.DEFAULT_LOGICAL_SIZE, 1.0, modules);
    }

    int modules() {
        return modules;
    }

    int pixelsPerModule() {
        return pixelsPerModule;
    }

    /** Microseconds per render for each step, by the step's name, in the order above. */
    Map<String, List<Double>> measure(int samples) {
        Map<String, Runnable> steps = new LinkedHashMap<>();
        steps.put("writer", this::zxingWriter);
        steps.put("encode", () -> sink += QrEncoder.encode(payload).size());
        steps.put("raster", () -> {
            QrMatrix matrix = QrEncoder.encode(payload);
            QrImage image = QrRaster.render(matrix, pixelsPerModule);
            sink += image.argb().length;
        });
        steps.put("image", () -> sink += (long) QrView.imageOf(payload, pixelsPerModule).getWidth());
        Map<String, List<Double>> micros = new LinkedHashMap<>();
        steps.forEach((name, step) -> {
            for (int i = 0; i < WARM_UP; i++) {
                step.run();
            }
            micros.put(name, new ArrayList<>());
        });
        for (int s = 0; s < samples; s++) {
            steps.forEach((name, step) -> micros.get(name).add(block(step)));
        }
        if (sink == 42) {
            System.err.print("");  // keeps the results alive, so the JIT cannot drop the work
        }
        return micros;
    }

    private double block(Runnable step) {
        long start = System.nanoTime();
        for (int i = 0; i < PER_BLOCK; i++) {
            step.run();
        }
        return (System.nanoTime() - start) / 1e3 / PER_BLOCK;
    }

    private void zxingWriter() {
        try {
            sink += new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, 0, 0, ENCODER_HINTS).getWidth();
        } catch (WriterException e) {
            throw new IllegalStateException(e);
        }
    }
}
