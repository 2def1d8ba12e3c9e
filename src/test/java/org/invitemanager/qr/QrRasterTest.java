package org.invitemanager.qr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QrRasterTest {

    private static final int WHITE = 0xFFFFFFFF;
    private static final int BLACK = 0xFF000000;

    private final QrMatrix matrix = QrEncoder.encode(QrEncoderTest.INVITE);

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 5, 10})
    void imageSideIsModulesPlusQuietZoneTimesModuleSize(int ppm) {
        QrImage image = QrRaster.render(matrix, ppm);

        assertEquals((matrix.size() + 8) * ppm, image.width());
        assertEquals(image.width(), image.height());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 7})
    void quietZoneOfFourModulesIsWhiteOnEverySide(int ppm) {
        QrImage image = QrRaster.render(matrix, ppm);
        int band = QrRaster.QUIET_ZONE_MODULES * ppm;
        int side = image.width();

        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                boolean inBand = x < band || y < band || x >= side - band || y >= side - band;
                if (inBand) {
                    assertEquals(WHITE, image.argbAt(x, y), "quiet zone pixel (" + x + ", " + y + ")");
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 5})
    void everyModuleIsASolidSquareOfWholePixels(int ppm) {
        QrImage image = QrRaster.render(matrix, ppm);
        int offset = QrRaster.QUIET_ZONE_MODULES * ppm;

        for (int my = 0; my < matrix.size(); my++) {
            for (int mx = 0; mx < matrix.size(); mx++) {
                int expected = matrix.isDark(mx, my) ? BLACK : WHITE;
                for (int dy = 0; dy < ppm; dy++) {
                    for (int dx = 0; dx < ppm; dx++) {
                        int x = offset + mx * ppm + dx;
                        int y = offset + my * ppm + dy;
                        assertEquals(expected, image.argbAt(x, y), "module (" + mx + ", " + my + ") pixel");
                    }
                }
            }
        }
    }

    @Test
    void onlyPureBlackAndWhiteAreUsed() {
        for (int pixel : QrRaster.render(matrix, 3).argb()) {
            assertTrue(pixel == BLACK || pixel == WHITE, Integer.toHexString(pixel));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 4, 10})
    void codeIsDarkOnWhiteNeverInverted(int ppm) {
        QrImage image = QrRaster.render(matrix, ppm);

        assertEquals(WHITE, image.argbAt(0, 0));
        assertEquals(BLACK, image.argbAt(4 * ppm, 4 * ppm), "outer ring of the top-left finder pattern");
        assertEquals(WHITE, image.argbAt(5 * ppm, 5 * ppm), "white ring of the top-left finder pattern");
        assertEquals(BLACK, image.argbAt(7 * ppm, 7 * ppm), "centre of the top-left finder pattern");
    }

    @ParameterizedTest
    @CsvSource({"1.0, 6", "1.25, 8", "2.0, 13"})
    void pixelsPerModuleIsTheLargestWholeSizeThatFitsTheTarget(double scale, int expected) {
        int modules = 33;
        double target = 280;

        int ppm = QrRaster.pixelsPerModule(target, scale, modules);

        assertEquals(expected, ppm);
        int devicePixels = (modules + 8) * ppm;
        assertTrue(devicePixels <= target * scale, devicePixels + " device pixels exceed the target");
        assertTrue(devicePixels / scale <= target, "logical size fits");
        assertTrue((modules + 8) * (ppm + 1) > target * scale, "one more pixel per module would not fit");
    }

    @Test
    void pixelsPerModuleIsExactWhenTheTargetDividesEvenly() {
        assertEquals(7, QrRaster.pixelsPerModule(287, 1.0, 33));
        assertEquals(7, QrRaster.pixelsPerModule(0.7 * 410, 1.0, 33));
    }

    @Test
    void pixelsPerModuleIsAtLeastOneForTinyTargets() {
        assertEquals(1, QrRaster.pixelsPerModule(10, 1.0, 33));
        assertEquals(1, QrRaster.pixelsPerModule(0, 1.0, 33));
        assertEquals(1, QrRaster.pixelsPerModule(Double.NaN, 1.0, 33));
    }

    @Test
    void zeroPixelsPerModuleIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> QrRaster.render(matrix, 0));
        assertThrows(IllegalArgumentException.class, () -> QrRaster.render(matrix, -2));
    }

    @Test
    void imagePixelsCannotBeChangedFromOutside() {
        QrImage image = QrRaster.render(matrix, 1);
        int[] pixels = image.argb();
        pixels[0] = BLACK;

        assertEquals(WHITE, image.argbAt(0, 0));
    }
}
