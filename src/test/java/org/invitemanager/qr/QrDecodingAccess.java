package org.invitemanager.qr;

/** Lets tests outside this package run a payload through the app's encoder and rasteriser and read it back. */
public final class QrDecodingAccess {

    private QrDecodingAccess() {
    }

    public static String encodeAndDecode(String payload) {
        return QrDecoding.decode(QrRaster.render(QrEncoder.encode(payload), 4));
    }
}
