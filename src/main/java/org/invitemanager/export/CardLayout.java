package org.invitemanager.export;

/**
 * What goes where on one card of a sheet: the QR square, quiet zone included, and the lines of text below it.
 *
 * @param card       the card's cell in the grid, bounded by cut lines
 * @param qr         the QR code's square including its four-module quiet zone
 * @param moduleSide the side of one module, in points
 * @param label      the admin's label, in bold
 * @param link       the link, shortened for display when too long
 * @param expiry     when the invite expires
 * @param server     the server's name, in small print
 */
public record CardLayout(Box card, Box qr, double moduleSide, TextLine label, TextLine link, TextLine expiry,
                         TextLine server) {
}
