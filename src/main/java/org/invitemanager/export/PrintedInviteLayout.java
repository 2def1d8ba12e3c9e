package org.invitemanager.export;

import org.invitemanager.qr.QrRaster;

/**
 * The page model for printing one invite through the system print dialog: the label as a heading, the QR code
 * centred below it, then the expiry and the full link. Pure arithmetic in points relative to the top-left corner of
 * the printable area; text positions are the tops of the lines.
 */
public final class PrintedInviteLayout {

    private static final double POINTS_PER_MM = 72 / 25.4;

    /** About the size of a business card: easy to scan from arm's length. Includes the quiet zone. */
    public static final double TARGET_QR_SIDE = 60 * POINTS_PER_MM;

    /** Smaller printed modules blur together for phone cameras and cheap printers. */
    public static final double MIN_MODULE_SIDE = 0.4 * POINTS_PER_MM;

    /** The code may take at most this share of the printable height, leaving the rest for the text. */
    public static final double MAX_HEIGHT_SHARE = 0.6;

    public static final double LABEL_FONT_SIZE = 16;

    public static final double BODY_FONT_SIZE = 10;

    private static final double LINE_PITCH = 1.5;
    private static final double GAP_BELOW_QR = 12;

    private final double printableWidth;
    private final double qrSide;
    private final int modules;

    private PrintedInviteLayout(double printableWidth, double qrSide, int modules) {
        this.printableWidth = printableWidth;
        this.qrSide = qrSide;
        this.modules = modules;
    }

    /**
     * Lays out a code of {@code modules} modules per side: {@link #TARGET_QR_SIDE} wide, or less when the printable
     * width or {@link #MAX_HEIGHT_SHARE} of its height is smaller. Check {@link #scannable()} before printing.
     */
    public static PrintedInviteLayout fit(double printableWidthPoints, double printableHeightPoints, int modules) {
        if (!(printableWidthPoints > 0) || !(printableHeightPoints > 0)) {
            throw new IllegalArgumentException("the printable area has no size: "
                    + printableWidthPoints + " x " + printableHeightPoints);
        }
        if (modules < 1) {
            throw new IllegalArgumentException("a QR code has at least one module per side: " + modules);
        }
        double side = Math.min(TARGET_QR_SIDE,
                Math.min(printableWidthPoints, printableHeightPoints * MAX_HEIGHT_SHARE));
        return new PrintedInviteLayout(printableWidthPoints, side, modules);
    }

    /** Whether modules come out at least {@link #MIN_MODULE_SIDE}; false when the page is too small for this code. */
    public boolean scannable() {
        return moduleSide() >= MIN_MODULE_SIDE;
    }

    /** Side of the QR square, quiet zone included. */
    public double qrSide() {
        return qrSide;
    }

    /** Side of one module: the QR square spans the modules plus the quiet zone on both sides. */
    public double moduleSide() {
        return qrSide / (modules + 2 * QrRaster.QUIET_ZONE_MODULES);
    }

    public double qrX() {
        return (printableWidth - qrSide) / 2;
    }

    public double qrY() {
        return labelTextY() + LABEL_FONT_SIZE * LINE_PITCH;
    }

    public double labelTextY() {
        return 0;
    }

    public double expiryTextY() {
        return qrY() + qrSide + GAP_BELOW_QR;
    }

    /** The link comes last because it may wrap onto several lines. */
    public double linkTextY() {
        return expiryTextY() + BODY_FONT_SIZE * LINE_PITCH;
    }

    /** The width text wraps at: the whole printable width. */
    public double textWidth() {
        return printableWidth;
    }

    @Override
    public String toString() {
        return "PrintedInviteLayout[qrSide=" + qrSide + ", moduleSide=" + moduleSide() + "]";
    }
}
