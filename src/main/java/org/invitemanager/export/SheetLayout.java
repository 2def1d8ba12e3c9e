package org.invitemanager.export;

import java.util.ArrayList;
import java.util.List;
import org.invitemanager.qr.QrRaster;

/**
 * The page model of a printable sheet of invite cards: a grid of cards edge to edge inside a half-inch margin, so
 * neighbouring cards share their cut lines, with crop marks in the margin at every grid line. Pure arithmetic in
 * points with a top-left origin; the PDF writer flips it.
 */
public final class SheetLayout {

    /** Columns and rows allowed in either direction. */
    public static final int MAX_CELLS = 6;

    /** Half an inch: wider than the unprintable border of common office printers. */
    public static final double MARGIN = 36;

    /** Crop marks stop this far short of the grid so they never reach into a card. */
    public static final double CUT_MARK_GAP = 4;

    public static final double CUT_MARK_LENGTH = 12;

    /** Half a millimetre, below which phone cameras struggle to resolve a printed module. */
    public static final double MIN_MODULE_SIDE = 72 / 25.4 * 0.5;

    // Inside each card, so an imprecise cut takes paper, not code or text.
    private static final double PADDING = 10;
    private static final double GAP_BELOW_QR = 3;
    private static final double LABEL_SIZE = 10;
    private static final double LINK_SIZE = 8;
    private static final double EXPIRY_SIZE = 8;
    private static final double SERVER_SIZE = 6;
    private static final double LINE_PITCH = 1.25;

    private final PaperSize paper;
    private final int columns;
    private final int rows;
    private final Box grid;

    private SheetLayout(PaperSize paper, int columns, int rows) {
        this.paper = paper;
        this.columns = columns;
        this.rows = rows;
        this.grid = new Box(MARGIN, MARGIN, paper.widthPoints() - 2 * MARGIN, paper.heightPoints() - 2 * MARGIN);
    }

    /** A grid of {@code columns} by {@code rows} cards per page, each between 1 and {@link #MAX_CELLS}. */
    public static SheetLayout of(PaperSize paper, int columns, int rows) {
        if (paper == null) {
            throw new IllegalArgumentException("paper size is missing");
        }
        if (columns < 1 || columns > MAX_CELLS || rows < 1 || rows > MAX_CELLS) {
            throw new IllegalArgumentException("a sheet has 1 to " + MAX_CELLS + " columns and rows, not "
                    + columns + " x " + rows);
        }
        return new SheetLayout(paper, columns, rows);
    }

    /** Two columns of four cards: large enough codes for long links, and cards that fit a pocket. */
    public static SheetLayout standard(PaperSize paper) {
        return of(paper, 2, 4);
    }

    public PaperSize paper() {
        return paper;
    }

    public int columns() {
        return columns;
    }

    public int rows() {
        return rows;
    }

    public int cardsPerPage() {
        return columns * rows;
    }

    /** Pages needed for {@code cards} cards: none for none, else enough whole pages. */
    public int pageCount(int cards) {
        if (cards < 0) {
            throw new IllegalArgumentException("cards cannot be negative: " + cards);
        }
        return (cards + cardsPerPage() - 1) / cardsPerPage();
    }

    /** The whole page. */
    public Box page() {
        return new Box(0, 0, paper.widthPoints(), paper.heightPoints());
    }

    /** The area the cards cover: the page less its margins. */
    public Box grid() {
        return grid;
    }

    /** The cell of card {@code indexOnPage}, counted left to right, then top to bottom. */
    public Box card(int indexOnPage) {
        if (indexOnPage < 0 || indexOnPage >= cardsPerPage()) {
            throw new IndexOutOfBoundsException("card " + indexOnPage + " of " + cardsPerPage());
        }
        double width = cardWidth();
        double height = cardHeight();
        return new Box(grid.x() + indexOnPage % columns * width, grid.y() + indexOnPage / columns * height,
                width, height);
    }

    /**
     * The largest square, quiet zone included, that leaves room in {@code card} for the text lines below it; centred
     * horizontally, and with the text centred vertically in the card.
     */
    public Box qr(Box card, int modules) {
        requireModules(modules);
        double side = qrSide(card);
        double contentHeight = side + GAP_BELOW_QR + textHeight();
        return new Box(card.x() + (card.width() - side) / 2, card.y() + (card.height() - contentHeight) / 2,
                side, side);
    }

    /** The side of one module when a code of {@code modules} modules fills {@link #qr(Box, int)}. */
    public double moduleSidePoints(Box card, int modules) {
        requireModules(modules);
        return qrSide(card) / (modules + 2 * QrRaster.QUIET_ZONE_MODULES);
    }

    /** Whether a code of {@code modules} modules prints with modules of at least {@link #MIN_MODULE_SIDE}. */
    public boolean scannable(int modules) {
        return moduleSidePoints(card(0), modules) >= MIN_MODULE_SIDE;
    }

    /** Everything on card {@code indexOnPage} for a code of {@code modules} modules. */
    public CardLayout cardLayout(int indexOnPage, int modules) {
        Box card = card(indexOnPage);
        Box qr = qr(card, modules);
        double centre = card.x() + card.width() / 2;
        double width = card.width() - 2 * PADDING;
        double top = qr.bottom() + GAP_BELOW_QR;
        TextLine label = new TextLine(centre, top + LABEL_SIZE, width, LABEL_SIZE);
        top += LABEL_SIZE * LINE_PITCH;
        TextLine link = new TextLine(centre, top + LINK_SIZE, width, LINK_SIZE);
        top += LINK_SIZE * LINE_PITCH;
        TextLine expiry = new TextLine(centre, top + EXPIRY_SIZE, width, EXPIRY_SIZE);
        top += EXPIRY_SIZE * LINE_PITCH;
        TextLine server = new TextLine(centre, top + SERVER_SIZE, width, SERVER_SIZE);
        return new CardLayout(card, qr, moduleSidePoints(card, modules), label, link, expiry, server);
    }

    /**
     * Crop marks in the margin at both ends of every column and row boundary, the grid's outer edges included, so a
     * guillotine or ruler can be lined up on each cut.
     */
    public List<CutMark> cutMarks() {
        List<CutMark> marks = new ArrayList<>(2 * (columns + 1) + 2 * (rows + 1));
        double above = grid.y() - CUT_MARK_GAP;
        double below = grid.bottom() + CUT_MARK_GAP;
        for (int column = 0; column <= columns; column++) {
            double x = grid.x() + column * cardWidth();
            marks.add(new CutMark(x, above - CUT_MARK_LENGTH, x, above));
            marks.add(new CutMark(x, below, x, below + CUT_MARK_LENGTH));
        }
        double left = grid.x() - CUT_MARK_GAP;
        double right = grid.right() + CUT_MARK_GAP;
        for (int row = 0; row <= rows; row++) {
            double y = grid.y() + row * cardHeight();
            marks.add(new CutMark(left - CUT_MARK_LENGTH, y, left, y));
            marks.add(new CutMark(right, y, right + CUT_MARK_LENGTH, y));
        }
        return marks;
    }

    private double qrSide(Box card) {
        double width = card.width() - 2 * PADDING;
        double height = card.height() - 2 * PADDING - GAP_BELOW_QR - textHeight();
        return Math.max(0, Math.min(width, height));
    }

    private static double textHeight() {
        return (LABEL_SIZE + LINK_SIZE + EXPIRY_SIZE + SERVER_SIZE) * LINE_PITCH;
    }

    private double cardWidth() {
        return grid.width() / columns;
    }

    private double cardHeight() {
        return grid.height() / rows;
    }

    private static void requireModules(int modules) {
        if (modules < 1) {
            throw new IllegalArgumentException("a QR code has at least one module per side: " + modules);
        }
    }
}
