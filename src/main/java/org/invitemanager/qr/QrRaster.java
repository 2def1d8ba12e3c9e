package org.invitemanager.qr;

import java.util.Arrays;

/** Paints a {@link QrMatrix} as pixels: whole pixels per module, dark on white, with a quiet zone. */
public final class QrRaster {

    /** The white border, in modules, that the QR specification asks for on every side. */
    public static final int QUIET_ZONE_MODULES = 4;

    /** Colour of dark modules. */
    public static final int DARK = 0xFF000000;

    /** Colour of light modules and the quiet zone. */
    public static final int LIGHT = 0xFFFFFFFF;

    // Absorbs floating point error such as 7 * 0.1 * 10 = 6.999..., which would otherwise cost a whole pixel.
    private static final double EPSILON = 1e-9;

    private QrRaster() {
    }

    /**
     * Renders {@code matrix} with {@code pixelsPerModule} pixels per module side; the image is
     * {@code (size + 2 * QUIET_ZONE_MODULES) * pixelsPerModule} pixels square.
     */
    public static QrImage render(QrMatrix matrix, int pixelsPerModule) {
        if (pixelsPerModule < 1) {
            throw new IllegalArgumentException("pixelsPerModule must be at least 1: " + pixelsPerModule);
        }
        int side = sideInModules(matrix.size()) * pixelsPerModule;
        int[] argb = new int[side * side];
        Arrays.fill(argb, LIGHT);
        int offset = QUIET_ZONE_MODULES * pixelsPerModule;
        for (int my = 0; my < matrix.size(); my++) {
            for (int mx = 0; mx < matrix.size(); mx++) {
                if (matrix.isDark(mx, my)) {
                    fillBlock(argb, side, offset + mx * pixelsPerModule, offset + my * pixelsPerModule,
                            pixelsPerModule);
                }
            }
        }
        return new QrImage(side, side, argb);
    }

    /**
     * The largest whole number of device pixels per module such that a code of {@code modules} modules plus quiet
     * zone fits in {@code targetLogicalSize} logical pixels at {@code renderScale} device pixels per logical pixel;
     * at least 1.
     */
    public static int pixelsPerModule(double targetLogicalSize, double renderScale, int modules) {
        if (modules < 1) {
            throw new IllegalArgumentException("modules must be at least 1: " + modules);
        }
        double ppm = targetLogicalSize * renderScale / sideInModules(modules);
        if (!(ppm >= 1)) {
            return 1;
        }
        return (int) Math.floor(ppm + EPSILON);
    }

    private static int sideInModules(int modules) {
        return modules + 2 * QUIET_ZONE_MODULES;
    }

    private static void fillBlock(int[] argb, int stride, int left, int top, int side) {
        for (int y = top; y < top + side; y++) {
            Arrays.fill(argb, y * stride + left, y * stride + left + side, DARK);
        }
    }
}
