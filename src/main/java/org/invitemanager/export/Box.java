package org.invitemanager.export;

/**
 * An axis-aligned rectangle in points with a top-left origin: {@code y} grows down the page.
 *
 * @param x      left edge
 * @param y      top edge
 * @param width  extent to the right
 * @param height extent downwards
 */
public record Box(double x, double y, double width, double height) {

    // Tolerates the rounding of sums such as 36 + 4 * 192.4725 against the page edge.
    private static final double TOLERANCE = 1e-6;

    public Box {
        if (!(width >= 0) || !(height >= 0)) {
            throw new IllegalArgumentException("a box needs a size of at least zero: " + width + " x " + height);
        }
    }

    public double right() {
        return x + width;
    }

    public double bottom() {
        return y + height;
    }

    /** Whether {@code other} lies entirely within this box, edges included. */
    public boolean contains(Box other) {
        return other.x >= x - TOLERANCE && other.y >= y - TOLERANCE
                && other.right() <= right() + TOLERANCE && other.bottom() <= bottom() + TOLERANCE;
    }

    /** Whether the point lies within this box, edges included. */
    public boolean contains(double px, double py) {
        return px >= x - TOLERANCE && py >= y - TOLERANCE && px <= right() + TOLERANCE && py <= bottom() + TOLERANCE;
    }

    /** Whether the two boxes share area; boxes that only touch along an edge do not overlap. */
    public boolean overlaps(Box other) {
        return other.x < right() - TOLERANCE && x < other.right() - TOLERANCE
                && other.y < bottom() - TOLERANCE && y < other.bottom() - TOLERANCE;
    }
}
