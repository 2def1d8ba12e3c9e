package org.invitemanager.qr;

/**
 * Loads the QR path once in the background at start-up: ZXing, the rasteriser and JavaFX's pixel writer. The first
 * code otherwise paid for loading their classes on the FX thread, which froze the window for over 100 ms on the first
 * invite (found by the FX watchdog of the fault tests).
 */
public final class QrWarmUp {

    private static final String SAMPLE = "xmpp:example.org?register;preauth=WarmUp-0123456789abcdef";

    private QrWarmUp() {
    }

    public static void run() {
        QrView.imageOf(SAMPLE, 4);
    }
}
