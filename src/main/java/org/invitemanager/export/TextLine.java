package org.invitemanager.export;

/**
 * Where one line of text goes on a card: centred on {@code centreX}, sitting on {@code baseline}, at most
 * {@code maxWidth} wide; points with a top-left origin.
 *
 * @param centreX  horizontal centre of the line
 * @param baseline distance of the baseline from the top of the page
 * @param maxWidth the widest the line may be drawn
 * @param fontSize the size to draw it at when it fits; the writer may shrink it to fit {@code maxWidth}
 */
public record TextLine(double centreX, double baseline, double maxWidth, double fontSize) {
}
