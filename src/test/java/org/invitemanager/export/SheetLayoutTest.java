package org.invitemanager.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class SheetLayoutTest {

    private static final double MM = 72 / 25.4;

    static Stream<Arguments> everyGrid() {
        return Stream.of(PaperSize.values()).flatMap(paper -> Stream.iterate(1, c -> c <= 6, c -> c + 1)
                .flatMap(columns -> Stream.iterate(1, r -> r <= 6, r -> r + 1)
                        .map(rows -> Arguments.of(paper, columns, rows))));
    }

    @Test
    void standardSheetIsTwoColumnsOfFourCards() {
        SheetLayout layout = SheetLayout.standard(PaperSize.A4);

        assertEquals(2, layout.columns());
        assertEquals(4, layout.rows());
        assertEquals(8, layout.cardsPerPage());
    }

    @ParameterizedTest
    @CsvSource({"0, 4", "7, 4", "2, 0", "2, 7", "-1, -1"})
    void gridsOutsideOneToSixAreRefused(int columns, int rows) {
        assertThrows(IllegalArgumentException.class, () -> SheetLayout.of(PaperSize.A4, columns, rows));
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "1, 1", "8, 1", "9, 2", "11, 2", "16, 2", "17, 3"})
    void pagesHoldEightCardsEach(int cards, int pages) {
        assertEquals(pages, SheetLayout.standard(PaperSize.LETTER).pageCount(cards));
    }

    @Test
    void negativeCardCountIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> SheetLayout.standard(PaperSize.A4).pageCount(-1));
    }

    @Test
    void cardIndexOutsideThePageIsRefused() {
        SheetLayout layout = SheetLayout.standard(PaperSize.A4);

        assertThrows(IndexOutOfBoundsException.class, () -> layout.card(-1));
        assertThrows(IndexOutOfBoundsException.class, () -> layout.card(8));
    }

    @ParameterizedTest
    @EnumSource(PaperSize.class)
    void gridIsThePageLessHalfInchMargins(PaperSize paper) {
        Box grid = SheetLayout.standard(paper).grid();

        assertEquals(new Box(36, 36, paper.widthPoints() - 72, paper.heightPoints() - 72), grid);
    }

    @ParameterizedTest
    @MethodSource("everyGrid")
    void cardsTileTheGridWithoutOverlapInReadingOrder(PaperSize paper, int columns, int rows) {
        SheetLayout layout = SheetLayout.of(paper, columns, rows);
        Box grid = layout.grid();
        double area = 0;
        for (int i = 0; i < layout.cardsPerPage(); i++) {
            Box card = layout.card(i);
            assertTrue(grid.contains(card), "card " + i + " inside the margins");
            for (int j = 0; j < i; j++) {
                assertFalse(card.overlaps(layout.card(j)), "cards " + j + " and " + i);
            }
            area += card.width() * card.height();
        }
        assertEquals(grid.width() * grid.height(), area, 1e-6, "no gaps between cards");
        assertEquals(grid.x(), layout.card(0).x(), 1e-9);
        assertTrue(columns == 1 || layout.card(1).y() == layout.card(0).y(), "the second card is beside the first");
    }

    @ParameterizedTest
    @MethodSource("everyGrid")
    void codeAndTextStayInsideTheirCard(PaperSize paper, int columns, int rows) {
        SheetLayout layout = SheetLayout.of(paper, columns, rows);
        for (int modules : new int[] {21, 33, 57}) {
            for (int i = 0; i < layout.cardsPerPage(); i++) {
                CardLayout card = layout.cardLayout(i, modules);
                Box qr = card.qr();
                assertTrue(card.card().contains(qr), "QR inside card " + i);
                assertEquals(qr.width(), qr.height(), 1e-9, "square");
                assertEquals(qr.width(), card.moduleSide() * (modules + 8), 1e-9, "modules plus quiet zone");
                assertEquals(layout.qr(card.card(), modules), qr);
                List<TextLine> lines = List.of(card.label(), card.link(), card.expiry(), card.server());
                double previous = qr.bottom();
                for (TextLine line : lines) {
                    assertTrue(line.baseline() - line.fontSize() >= previous - 1e-9, "lines stack below the code");
                    assertTrue(line.maxWidth() < card.card().width(), "text keeps off the cut lines");
                    assertEquals(card.card().x() + card.card().width() / 2, line.centreX(), 1e-9);
                    previous = line.baseline();
                }
                assertTrue(card.server().baseline() + 0.25 * card.server().fontSize() <= card.card().bottom(),
                        "descenders of the last line stay on the card");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(PaperSize.class)
    void standardCardsPrintModulesOfAtLeastHalfAMillimetreForLongLinks(PaperSize paper) {
        SheetLayout layout = SheetLayout.standard(paper);

        // 57 modules is version 10, about 200 characters at error correction level M.
        assertTrue(layout.moduleSidePoints(layout.card(0), 57) >= 0.5 * MM);
        assertTrue(layout.scannable(57));
        assertTrue(layout.qr(layout.card(0), 33).width() >= 40 * MM, "a code about four centimetres wide");
    }

    @Test
    void crowdedSheetIsNotScannableForLongLinks() {
        assertFalse(SheetLayout.of(PaperSize.LETTER, 6, 6).scannable(101));
    }

    @ParameterizedTest
    @MethodSource("everyGrid")
    void cutMarksSitInTheMarginInLineWithEveryGridLine(PaperSize paper, int columns, int rows) {
        SheetLayout layout = SheetLayout.of(paper, columns, rows);
        Box grid = layout.grid();
        Box page = layout.page();
        Set<Double> markedX = new TreeSet<>();
        Set<Double> markedY = new TreeSet<>();

        List<CutMark> marks = layout.cutMarks();

        assertEquals(2 * (columns + 1) + 2 * (rows + 1), marks.size());
        for (CutMark mark : marks) {
            assertTrue(page.contains(mark.x1(), mark.y1()) && page.contains(mark.x2(), mark.y2()), "on the page");
            assertFalse(grid.contains(mark.x1(), mark.y1()) || grid.contains(mark.x2(), mark.y2()), "off the cards");
            assertEquals(SheetLayout.CUT_MARK_LENGTH, mark.length(), 1e-9);
            double distance = mark.isVertical()
                    ? Math.min(gap(mark.y1(), grid.y(), grid.bottom()), gap(mark.y2(), grid.y(), grid.bottom()))
                    : Math.min(gap(mark.x1(), grid.x(), grid.right()), gap(mark.x2(), grid.x(), grid.right()));
            assertEquals(SheetLayout.CUT_MARK_GAP, distance, 1e-9, "a gap between mark and card");
            if (mark.isVertical()) {
                markedX.add(round(mark.x1()));
            } else {
                markedY.add(round(mark.y1()));
            }
        }
        assertEquals(cardEdges(layout, true), markedX);
        assertEquals(cardEdges(layout, false), markedY);
    }

    private static double gap(double position, double gridStart, double gridEnd) {
        return Math.min(Math.abs(position - gridStart), Math.abs(position - gridEnd));
    }

    private static Set<Double> cardEdges(SheetLayout layout, boolean vertical) {
        Set<Double> edges = new TreeSet<>();
        for (int i = 0; i < layout.cardsPerPage(); i++) {
            Box card = layout.card(i);
            edges.add(round(vertical ? card.x() : card.y()));
            edges.add(round(vertical ? card.right() : card.bottom()));
        }
        return edges;
    }

    private static double round(double points) {
        return Math.round(points * 1000) / 1000.0;
    }
}
