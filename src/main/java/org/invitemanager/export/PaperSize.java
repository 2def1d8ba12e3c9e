package org.invitemanager.export;

/** The paper sizes invite sheets are laid out for, in PDF points (1/72 inch). */
public enum PaperSize {
    /** ISO A4, 210 x 297 mm. */
    A4("A4", 595.28, 841.89),
    /** US Letter, 8.5 x 11 inches. */
    LETTER("US Letter", 612, 792);

    private final String displayName;
    private final double widthPoints;
    private final double heightPoints;

    PaperSize(String displayName, double widthPoints, double heightPoints) {
        this.displayName = displayName;
        this.widthPoints = widthPoints;
        this.heightPoints = heightPoints;
    }

    /** The name people know the size by: "A4", "US Letter". */
    public String displayName() {
        return displayName;
    }

    /** Portrait width. */
    public double widthPoints() {
        return widthPoints;
    }

    /** Portrait height. */
    public double heightPoints() {
        return heightPoints;
    }

    @Override
    public String toString() {
        return displayName;
    }
}
