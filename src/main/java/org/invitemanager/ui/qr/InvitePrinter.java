package org.invitemanager.ui.qr;

import java.util.logging.Logger;
import javafx.geometry.VPos;
import javafx.print.PageLayout;
import javafx.print.PrinterJob;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.HLineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.VLineTo;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.stage.Window;
import org.invitemanager.domain.Invite;
import org.invitemanager.export.InviteWording;
import org.invitemanager.export.PrintedInviteLayout;
import org.invitemanager.qr.QrEncoder;
import org.invitemanager.qr.QrMatrix;
import org.invitemanager.qr.QrRaster;

/** Prints one invite on a page through the system print dialog: label, QR code as vector shapes, expiry and link. */
public final class InvitePrinter {

    private static final Logger LOG = Logger.getLogger(InvitePrinter.class.getName());

    private InvitePrinter() {
    }

    /**
     * Asks for a printer and prints {@code invite} with {@code label} as its heading. Call on the FX application
     * thread; it returns when the dialog is closed and the page is handed to the printer.
     *
     * @throws org.invitemanager.domain.FailureException if the invite's link does not fit a QR code
     */
    public static PrintOutcome print(Window owner, Invite invite, String label) {
        QrMatrix matrix = QrEncoder.encode(invite.qrPayload());
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            return PrintOutcome.NO_PRINTER;
        }
        if (!job.showPrintDialog(owner)) {
            return PrintOutcome.CANCELLED;
        }
        PageLayout pageLayout = job.getJobSettings().getPageLayout();
        PrintedInviteLayout layout = PrintedInviteLayout.fit(pageLayout.getPrintableWidth(),
                pageLayout.getPrintableHeight(), matrix.size());
        if (!layout.scannable()) {
            job.cancelJob();
            LOG.info(() -> "Not printing an invite: the printable area is too small for a scannable code, " + layout);
            return PrintOutcome.PAGE_TOO_SMALL;
        }
        if (job.printPage(page(invite, label, layout, matrix)) && job.endJob()) {
            return PrintOutcome.PRINTED;
        }
        // The link holds the invite's token, so the log names only the job's state.
        LOG.warning(() -> "Printing an invite failed, job status " + job.getJobStatus().name());
        job.cancelJob();
        return PrintOutcome.FAILED;
    }

    /** The printed page: coordinates are points from the top-left corner of the printable area. */
    static Node page(Invite invite, String label, PrintedInviteLayout layout, QrMatrix matrix) {
        Rectangle quietZone = new Rectangle(layout.qrX(), layout.qrY(), layout.qrSide(), layout.qrSide());
        quietZone.setFill(Color.WHITE);
        String family = Font.getDefault().getFamily();
        Font body = Font.font(family, PrintedInviteLayout.BODY_FONT_SIZE);
        return new Group(quietZone, darkModules(layout, matrix),
                text(label, Font.font(family, FontWeight.BOLD, PrintedInviteLayout.LABEL_FONT_SIZE),
                        layout.labelTextY(), layout),
                text(InviteWording.expiry(invite.expires()), body, layout.expiryTextY(), layout),
                text(invite.qrPayload(), body, layout.linkTextY(), layout));
    }

    private static Path darkModules(PrintedInviteLayout layout, QrMatrix matrix) {
        double module = layout.moduleSide();
        double left = layout.qrX() + QrRaster.QUIET_ZONE_MODULES * module;
        double top = layout.qrY() + QrRaster.QUIET_ZONE_MODULES * module;
        Path path = new Path();
        // One closed subpath per horizontal run of dark modules, all in one shape, so nothing is scaled or smoothed.
        for (QrMatrix.DarkRun run : matrix.darkRuns()) {
            double fromX = left + run.column() * module;
            path.getElements().addAll(run(fromX, fromX + run.length() * module, top + run.row() * module, module));
        }
        path.setFill(Color.BLACK);
        path.setStroke(null);
        return path;
    }

    private static PathElement[] run(double fromX, double toX, double y, double height) {
        return new PathElement[] {
            new MoveTo(fromX, y), new HLineTo(toX), new VLineTo(y + height), new HLineTo(fromX), new ClosePath()
        };
    }

    private static Text text(String content, Font font, double y, PrintedInviteLayout layout) {
        Text text = new Text(0, y, content);
        text.setFont(font);
        text.setFill(Color.BLACK);
        text.setTextOrigin(VPos.TOP);
        text.setWrappingWidth(layout.textWidth());
        text.setTextAlignment(TextAlignment.CENTER);
        return text;
    }
}
