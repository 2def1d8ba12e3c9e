package org.invitemanager.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.invitemanager.domain.LabelledInvite;
import org.invitemanager.qr.AtomicFiles;
import org.invitemanager.qr.QrEncoder;
import org.invitemanager.qr.QrMatrix;
import org.invitemanager.qr.QrRaster;

/**
 * Writes invites as a PDF sheet of cards to cut apart: each card has the QR code as vector shapes, black on white with
 * its quiet zone, and below it the label, the link as a reader would type it, the expiry and the server's name.
 */
public final class PdfInviteSheet {

    private static final float MIN_LABEL_SIZE = 7;
    private static final float MIN_BODY_SIZE = 6;
    private static final float MIN_SERVER_SIZE = 5;
    private static final float CUT_MARK_WIDTH = 0.3f;
    private static final float CUT_MARK_GREY = 0.45f;
    private static final float SERVER_GREY = 0.35f;

    private final PDDocument document;
    private final SheetLayout layout;
    private final String serverName;
    private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    private PdfInviteSheet(PDDocument document, SheetLayout layout, String serverName) {
        this.document = document;
        this.layout = layout;
        this.serverName = serverName;
    }

    /**
     * Writes {@code invites} as cards in the {@link SheetLayout#standard standard grid} on {@code paper}, in list
     * order, to {@code file}. The file is replaced in one step, so a failed write leaves any earlier file as it was.
     *
     * @throws IllegalArgumentException if {@code invites} is empty, or a link is too long for a legible card
     * @throws org.invitemanager.domain.FailureException if a link does not fit a QR code at all
     */
    public static void write(List<LabelledInvite> invites, PaperSize paper, String serverName, Path file)
            throws IOException {
        Objects.requireNonNull(invites, "invites");
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(serverName, "serverName");
        if (invites.isEmpty()) {
            throw new IllegalArgumentException("There are no invites to put on a sheet");
        }
        SheetLayout layout = SheetLayout.standard(paper);
        try (PDDocument document = new PDDocument()) {
            describe(document, serverName);
            new PdfInviteSheet(document, layout, serverName.strip()).addPages(invites);
            AtomicFiles.write(file, document::save);
        }
    }

    private static void describe(PDDocument document, String serverName) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(serverName.isBlank() ? "Invites" : "Invites for " + serverName.strip());
        info.setCreator("Invite Manager");
    }

    private void addPages(List<LabelledInvite> invites) throws IOException {
        int perPage = layout.cardsPerPage();
        for (int first = 0; first < invites.size(); first += perPage) {
            PDPage page = new PDPage(new PDRectangle((float) layout.paper().widthPoints(),
                    (float) layout.paper().heightPoints()));
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                List<LabelledInvite> onPage = invites.subList(first, Math.min(first + perPage, invites.size()));
                for (int i = 0; i < onPage.size(); i++) {
                    drawCard(content, i, Objects.requireNonNull(onPage.get(i), "invite"));
                }
                drawCutMarks(content);
            }
        }
    }

    private void drawCard(PDPageContentStream content, int indexOnPage, LabelledInvite labelled) throws IOException {
        QrMatrix matrix = QrEncoder.encode(labelled.invite().qrPayload());
        if (!layout.scannable(matrix.size())) {
            throw new IllegalArgumentException("A link is too long to print as a legible QR code on a card ("
                    + matrix.size() + " modules per side)");
        }
        CardLayout card = layout.cardLayout(indexOnPage, matrix.size());
        drawQr(content, card, matrix);
        content.setNonStrokingColor(0f);
        drawLine(content, bold, labelled.label(), card.label(), MIN_LABEL_SIZE);
        drawLine(content, regular, InviteWording.forReading(labelled.invite().qrPayload()), card.link(),
                MIN_BODY_SIZE);
        drawLine(content, regular, InviteWording.expiry(labelled.invite().expires()), card.expiry(), MIN_BODY_SIZE);
        content.setNonStrokingColor(SERVER_GREY);
        drawLine(content, regular, serverName, card.server(), MIN_SERVER_SIZE);
    }

    private void drawQr(PDPageContentStream content, CardLayout card, QrMatrix matrix) throws IOException {
        Box qr = card.qr();
        content.setNonStrokingColor(1f);
        addRect(content, qr.x(), qr.y(), qr.width(), qr.height());
        content.fill();

        double module = card.moduleSide();
        double originX = qr.x() + QrRaster.QUIET_ZONE_MODULES * module;
        double originY = qr.y() + QrRaster.QUIET_ZONE_MODULES * module;
        content.setNonStrokingColor(0f);
        // One rectangle per horizontal run and a single fill, so viewers show no seams between modules.
        for (QrMatrix.DarkRun run : matrix.darkRuns()) {
            addRect(content, originX + run.column() * module, originY + run.row() * module, run.length() * module,
                    module);
        }
        content.fill();
    }

    private void drawLine(PDPageContentStream content, PDFont font, String text, TextLine line, float minSize)
            throws IOException {
        String safe = PdfText.encodable(font, text).strip();
        if (safe.isEmpty()) {
            return;
        }
        PdfText.Fitted fitted = PdfText.fit(font, safe, (float) line.fontSize(), minSize, line.maxWidth());
        float width = PdfText.width(font, fitted.text(), fitted.size());
        content.beginText();
        content.setFont(font, fitted.size());
        content.newLineAtOffset((float) (line.centreX() - width / 2), flip(line.baseline()));
        content.showText(fitted.text());
        content.endText();
    }

    private void drawCutMarks(PDPageContentStream content) throws IOException {
        content.setStrokingColor(CUT_MARK_GREY);
        content.setLineWidth(CUT_MARK_WIDTH);
        for (CutMark mark : layout.cutMarks()) {
            content.moveTo((float) mark.x1(), flip(mark.y1()));
            content.lineTo((float) mark.x2(), flip(mark.y2()));
        }
        content.stroke();
    }

    /** Adds a rectangle given with a top-left origin to the current path. */
    private void addRect(PDPageContentStream content, double x, double top, double width, double height)
            throws IOException {
        content.addRect((float) x, flip(top + height), (float) width, (float) height);
    }

    /** PDF's origin is the bottom-left corner; the layout's is the top-left. */
    private float flip(double y) {
        return (float) (layout.paper().heightPoints() - y);
    }
}
