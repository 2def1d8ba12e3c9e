package org.invitemanager.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.invitemanager.domain.Invite;
import org.invitemanager.domain.InviteKind;
import org.invitemanager.domain.LabelledInvite;
import org.invitemanager.qr.QrEncoder;
import org.invitemanager.testsupport.QrScan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PdfInviteSheetTest {

    private static final Instant EXPIRES = Instant.parse("2026-12-01T18:00:00Z");
    private static final int DPI = 150;
    private static final String TOKEN_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    @TempDir
    Path dir;

    static List<LabelledInvite> guests(int count) {
        Random random = new Random(20261201);
        List<LabelledInvite> invites = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder token = new StringBuilder();
            for (int c = 0; c < 24; c++) {
                token.append(TOKEN_ALPHABET.charAt(random.nextInt(TOKEN_ALPHABET.length())));
            }
            Invite invite = new Invite(InviteKind.ACCOUNT, "xmpp:example.org?register;preauth=" + token,
                    "https://example.org/invite/" + token, EXPIRES.plus(Duration.ofHours(i)), "id" + i);
            invites.add(new LabelledInvite("Guest " + (i + 1), invite));
        }
        return invites;
    }

    @ParameterizedTest
    @EnumSource(PaperSize.class)
    void everyCardScansToItsOwnLinkInCardOrder(PaperSize paper) throws IOException {
        List<LabelledInvite> invites = guests(11);
        Path file = dir.resolve("invites.pdf");

        PdfInviteSheet.write(invites, paper, "example.org", file);

        SheetLayout layout = SheetLayout.standard(paper);
        List<String> scanned = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertEquals(2, pdf.getNumberOfPages());
            for (int p = 0; p < pdf.getNumberOfPages(); p++) {
                PDRectangle media = pdf.getPage(p).getMediaBox();
                assertEquals(paper.widthPoints(), media.getWidth(), 0.01);
                assertEquals(paper.heightPoints(), media.getHeight(), 0.01);
                BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(p, DPI, ImageType.RGB);
                int onPage = Math.min(layout.cardsPerPage(), invites.size() - p * layout.cardsPerPage());
                for (int i = 0; i < onPage; i++) {
                    scanned.add(scan(crop(page, layout.card(i))));
                }
            }
        }
        assertEquals(invites.stream().map(l -> l.invite().qrPayload()).toList(), scanned);
    }

    @Test
    void quietZoneAroundEveryCodeStaysWhite() throws IOException {
        List<LabelledInvite> invites = guests(8);
        Path file = dir.resolve("invites.pdf");
        PdfInviteSheet.write(invites, PaperSize.A4, "example.org", file);

        SheetLayout layout = SheetLayout.standard(PaperSize.A4);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, DPI, ImageType.RGB);
            for (int i = 0; i < invites.size(); i++) {
                int modules = QrEncoder.encode(invites.get(i).invite().qrPayload()).size();
                CardLayout card = layout.cardLayout(i, modules);
                assertQuietZoneWhite(page, card, i);
            }
        }
    }

    @Test
    void sheetShowsLabelsReadableLinksExpiryAndServer() throws IOException {
        List<LabelledInvite> invites = new ArrayList<>(guests(3));
        invites.add(new LabelledInvite("Forever", new Invite(InviteKind.CONTACT, "xmpp:admin@example.org?roster",
                null, null, null)));
        Path file = dir.resolve("invites.pdf");

        PdfInviteSheet.write(invites, PaperSize.LETTER, "example.org", file);

        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            for (String label : List.of("Guest 1", "Guest 2", "Guest 3", "Forever")) {
                assertTrue(text.contains(label), label);
            }
            assertTrue(text.contains(InviteWording.forReading(invites.get(0).invite().qrPayload())), text);
            assertFalse(text.contains("https://"), "links are shown without their web scheme");
            assertTrue(text.contains("xmpp:admin@example.org?roster"), text);
            assertTrue(text.contains("Expires 2026-12-01 18:00 UTC"), text);
            assertTrue(text.contains("Expires 2026-12-01 20:00 UTC"), text);
            assertTrue(text.contains("No expiry"), text);
            assertTrue(text.contains("example.org"), text);
            assertEquals("Invites for example.org", pdf.getDocumentInformation().getTitle());
        }
    }

    @Test
    void charactersTheFontCannotShowBecomeQuestionMarks() throws IOException {
        Invite invite = guests(1).get(0).invite();
        Path file = dir.resolve("party.pdf");

        PdfInviteSheet.write(List.of(new LabelledInvite("Party 🎉 東京\nnight", invite)), PaperSize.A4,
                "chat.例え.jp", file);

        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Party ? ?? night"), text);
            assertTrue(text.contains("chat.??.jp"), text);
            assertEquals(invite.qrPayload(), scan(renderCard(pdf, PaperSize.A4, 0)));
        }
    }

    @Test
    void tooLongTextIsCutOnTheCardWhileTheCodeKeepsTheWholeLink() throws IOException {
        String link = "https://invites.example.org/register/" + "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789".repeat(3);
        String label = "Workshop on federated chat for the regional libraries network, spring session, room 7";
        Invite invite = new Invite(InviteKind.ACCOUNT, "xmpp:example.org?register;preauth=x", link, EXPIRES);
        Path file = dir.resolve("long.pdf");

        PdfInviteSheet.write(List.of(new LabelledInvite(label, invite)), PaperSize.A4, "example.org", file);

        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("invites.example.org/register/AbCd"), text);
            assertFalse(text.contains(InviteWording.forReading(link)), "the link is shortened for display");
            assertTrue(text.contains("Workshop on federated"), text);
            assertFalse(text.contains(label), "the label is shortened");
            assertTrue(text.contains("…"), text);
            assertEquals(link, scan(renderCard(pdf, PaperSize.A4, 0)));
        }
    }

    @Test
    void emptyListIsRefusedAndNoFileIsWritten() {
        Path file = dir.resolve("none.pdf");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PdfInviteSheet.write(List.of(), PaperSize.A4, "example.org", file));

        assertTrue(e.getMessage().contains("no invites"), e.getMessage());
        assertTrue(Files.notExists(file));
    }

    @Test
    void existingFileIsReplacedWithoutLeavingATemporaryFile() throws IOException {
        Path file = dir.resolve("invites.pdf");
        Files.writeString(file, "old contents");

        PdfInviteSheet.write(guests(1), PaperSize.A4, "example.org", file);

        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("invites.pdf"), files.map(p -> p.getFileName().toString()).toList());
        }
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertEquals(1, pdf.getNumberOfPages());
        }
    }

    private static BufferedImage renderCard(PDDocument pdf, PaperSize paper, int indexOnPage) throws IOException {
        BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, DPI, ImageType.RGB);
        return crop(page, SheetLayout.standard(paper).card(indexOnPage));
    }

    private static BufferedImage crop(BufferedImage page, Box box) {
        int left = pixels(box.x());
        int top = pixels(box.y());
        return page.getSubimage(left, top, pixels(box.right()) - left, pixels(box.bottom()) - top);
    }

    private static void assertQuietZoneWhite(BufferedImage page, CardLayout card, int index) {
        Box qr = card.qr();
        double zone = 4 * card.moduleSide();
        // One pixel in from each edge, so anti-aliasing at the boundary does not count.
        int left = pixels(qr.x()) + 1;
        int top = pixels(qr.y()) + 1;
        int right = pixels(qr.right()) - 2;
        int bottom = pixels(qr.bottom()) - 2;
        int innerLeft = pixels(qr.x() + zone) - 2;
        int innerTop = pixels(qr.y() + zone) - 2;
        int innerRight = pixels(qr.right() - zone) + 1;
        int innerBottom = pixels(qr.bottom() - zone) + 1;
        for (int y = top; y <= bottom; y++) {
            for (int x = left; x <= right; x++) {
                boolean inZone = x < innerLeft || x > innerRight || y < innerTop || y > innerBottom;
                if (inZone) {
                    assertEquals(0xFFFFFF, page.getRGB(x, y) & 0xFFFFFF, "card " + index + " at " + x + "," + y);
                }
            }
        }
    }

    private static int pixels(double points) {
        return (int) Math.round(points * DPI / 72);
    }

    private static String scan(BufferedImage image) {
        int[] argb = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        return QrScan.decode(image.getWidth(), image.getHeight(), argb);
    }
}
