package org.invitemanager.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PrintedInviteLayoutTest {

    private static final double MM = 72 / 25.4;

    @ParameterizedTest
    @CsvSource({"523, 770", "540, 720", "595, 842"})
    void officePaperGetsASixCentimetreCodeCentredNearTheTop(double width, double height) {
        PrintedInviteLayout layout = PrintedInviteLayout.fit(width, height, 33);

        assertEquals(60 * MM, layout.qrSide(), 1e-9);
        assertEquals(layout.qrSide() / 41, layout.moduleSide(), 1e-12);
        assertTrue(layout.scannable());
        assertEquals(width, 2 * layout.qrX() + layout.qrSide(), 1e-9, "centred");
        assertTrue(layout.qrY() > layout.labelTextY() && layout.qrY() < 40, "below the label, near the top");
        assertTrue(layout.expiryTextY() > layout.qrY() + layout.qrSide(), "expiry below the code");
        assertTrue(layout.linkTextY() > layout.expiryTextY(), "link last");
        assertTrue(layout.linkTextY() + 4 * PrintedInviteLayout.BODY_FONT_SIZE < height, "room for a wrapped link");
        assertEquals(width, layout.textWidth(), 1e-9);
    }

    @Test
    void narrowPageLimitsTheCodeToItsWidth() {
        PrintedInviteLayout layout = PrintedInviteLayout.fit(120, 770, 29);

        assertEquals(120, layout.qrSide(), 1e-9);
        assertEquals(0, layout.qrX(), 1e-9);
        assertTrue(layout.scannable());
    }

    @Test
    void shortPageLeavesTheLowerFortyPercentForText() {
        PrintedInviteLayout layout = PrintedInviteLayout.fit(523, 200, 29);

        assertEquals(120, layout.qrSide(), 1e-9);
        assertTrue(layout.scannable());
    }

    @Test
    void tinyPageCannotHoldAScannableCode() {
        PrintedInviteLayout layout = PrintedInviteLayout.fit(40, 60, 29);

        assertEquals(36, layout.qrSide(), 1e-9);
        assertTrue(layout.moduleSide() < 0.4 * MM);
        assertFalse(layout.scannable());
    }

    @Test
    void modulesOfExactlyFourTenthsOfAMillimetreStillScan() {
        double side = 45 * PrintedInviteLayout.MIN_MODULE_SIDE;

        assertTrue(PrintedInviteLayout.fit(side, 1000, 37).scannable());
        assertFalse(PrintedInviteLayout.fit(side * 0.99, 1000, 37).scannable());
    }

    @ParameterizedTest
    @CsvSource({"0, 770, 29", "523, -1, 29", "NaN, 770, 29", "523, 770, 0"})
    void nonsenseInputIsRefused(double width, double height, int modules) {
        assertThrows(IllegalArgumentException.class, () -> PrintedInviteLayout.fit(width, height, modules));
    }
}
