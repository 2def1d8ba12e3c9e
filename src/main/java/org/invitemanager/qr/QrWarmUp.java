package org.invitemanager.qr;

/**
 * Loads the QR path once in the background at start-up: ZXing, the rasteriser and JavaFX's pixel writer. Codes are
 * made off the FX thread ({@link QrCodes}), but the view still turns them into an image there, and the first image
 * loaded the pixel writer's classes on the FX thread for over 100 ms (found by the fault tests' watchdog).
 */
public final class QrWarmUp {

    private static final String SAMPLE = "xmpp:example.org?register;preauth=WarmUp-0123456789abcdef";

    private QrWarmUp() {
    }

    public static void run() {
        QrView.imageOf(SAMPLE, 4);
    }
}
