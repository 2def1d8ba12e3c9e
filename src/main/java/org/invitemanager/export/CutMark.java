package org.invitemanager.export;

/**
 * A short crop mark in the page margin, in line with a cut between cards or along the grid's outer edge; points with
 * a top-left origin.
 *
 * @param x1 start, from the left edge
 * @param y1 start, from the top edge
 * @param x2 end, from the left edge
 * @param y2 end, from the top edge
 */
public record CutMark(double x1, double y1, double x2, double y2) {

    public boolean isVertical() {
        return x1 == x2;
    }

    public double length() {
        return Math.hypot(x2 - x1, y2 - y1);
    }
}
