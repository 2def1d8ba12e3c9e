package org.invitemanager.qr;

import java.util.Arrays;

/**
 * A rendered QR code as opaque ARGB pixels, row by row. The pixel array is copied in and out, so an image never
 * changes once made.
 */
public record QrImage(int width, int height, int[] argb) {

    /** Checks the dimensions and takes a copy of the pixels. */
    public QrImage {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("empty image: " + width + "x" + height);
        }
        if (argb.length != width * height) {
            throw new IllegalArgumentException("expected " + width * height + " pixels, got " + argb.length);
        }
        argb = argb.clone();
    }

    /** A copy of the pixels, row by row. */
    @Override
    public int[] argb() {
        return argb.clone();
    }

    /** The ARGB value of the pixel in column {@code x}, row {@code y}. */
    public int argbAt(int x, int y) {
        if (x < 0 || y < 0 || x >= width || y >= height) {
            throw new IndexOutOfBoundsException("pixel (" + x + ", " + y + ") outside " + width + "x" + height);
        }
        return argb[y * width + x];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof QrImage i && i.width == width && i.height == height && Arrays.equals(i.argb, argb);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * width + height) + Arrays.hashCode(argb);
    }

    @Override
    public String toString() {
        return "QrImage[" + width + "x" + height + "]";
    }
}
