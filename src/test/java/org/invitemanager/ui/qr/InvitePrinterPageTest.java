package org.invitemanager.ui.qr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.shape.Path;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.invitemanager.domain.Invite;
import org.invitemanager.domain.InviteKind;
import org.invitemanager.export.PrintedInviteLayout;
import org.invitemanager.qr.QrEncoder;
import org.invitemanager.qr.QrMatrix;
import org.invitemanager.testsupport.QrScan;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The page that goes to the printer, built and drawn without a printer: what a snapshot shows is what prints. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class InvitePrinterPageTest {

    private static final double PRINTABLE_WIDTH = 523;
    private static final double PRINTABLE_HEIGHT = 770;
    private static final String LINK = "https://example.org/invite/Xq3vT9b_Kd2LmN8pRs-4uWy7AbCdEfGhIjKlMnOpQrSt";
    private static final Invite INVITE = new Invite(InviteKind.ACCOUNT, "xmpp:example.org?register;preauth=Xq3",
            LINK, Instant.parse("2026-12-01T18:00:00Z"));

    private final QrMatrix matrix = QrEncoder.encode(LINK);
    private final PrintedInviteLayout layout = PrintedInviteLayout.fit(PRINTABLE_WIDTH, PRINTABLE_HEIGHT,
            matrix.size());

    @Start
    void start(Stage stage) {
        stage.show();
    }

    @Test
    void drawnPageScansToTheWholeLink() throws Exception {
        WritableImage shot = onFx(() -> {
            Group paper = new Group(new Rectangle(PRINTABLE_WIDTH, PRINTABLE_HEIGHT, Color.WHITE),
                    InvitePrinter.page(INVITE, "Workshop 7", layout, matrix));
            return new Scene(paper, PRINTABLE_WIDTH, PRINTABLE_HEIGHT, Color.WHITE).snapshot(null);
        });

        int width = (int) shot.getWidth();
        int height = (int) shot.getHeight();
        int[] argb = new int[width * height];
        onFx(() -> {
            shot.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
            return null;
        });
        assertEquals(LINK, QrScan.decode(width, height, argb));
    }

    @Test
    void pageHoldsTheWhiteQuietZoneTheModulesInsideItAndTheTextBelow() throws Exception {
        List<Node> parts = onFx(() -> List.copyOf(((Group) InvitePrinter.page(INVITE, "Workshop 7", layout, matrix))
                .getChildren()));

        Rectangle quietZone = assertInstanceOf(Rectangle.class, parts.get(0));
        assertEquals(Color.WHITE, quietZone.getFill());
        assertEquals(layout.qrSide(), quietZone.getWidth(), 1e-9);
        Bounds modules = onFx(() -> assertInstanceOf(Path.class, parts.get(1)).getBoundsInParent());
        double zone = 4 * layout.moduleSide();
        assertEquals(layout.qrX() + zone, modules.getMinX(), 1e-3);
        assertEquals(layout.qrY() + zone, modules.getMinY(), 1e-3);
        assertEquals(layout.qrX() + layout.qrSide() - zone, modules.getMaxX(), 1e-3);
        assertEquals(layout.qrY() + layout.qrSide() - zone, modules.getMaxY(), 1e-3);
        List<String> texts = parts.stream().filter(Text.class::isInstance).map(n -> ((Text) n).getText()).toList();
        assertEquals(List.of("Workshop 7", "Expires 2026-12-01 18:00 UTC", LINK), texts);
        Text link = (Text) parts.get(4);
        assertEquals(layout.linkTextY(), link.getY(), 1e-9);
    }

    @Test
    void longLinkWrapsWithinThePrintableWidthInsteadOfBeingCut() throws Exception {
        String link = "https://invites.example.org/register/" + "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789".repeat(7);
        Invite invite = new Invite(InviteKind.ACCOUNT, "xmpp:example.org?register;preauth=x", link, null);
        QrMatrix longMatrix = QrEncoder.encode(link);
        PrintedInviteLayout longLayout = PrintedInviteLayout.fit(PRINTABLE_WIDTH, PRINTABLE_HEIGHT,
                longMatrix.size());

        Text shown = onFx(() -> (Text) ((Group) InvitePrinter.page(invite, "", longLayout, longMatrix))
                .getChildren().get(4));

        assertEquals(link, shown.getText());
        Bounds bounds = onFx(shown::getBoundsInParent);
        assertTrue(bounds.getMinX() >= -1e-6 && bounds.getMaxX() <= PRINTABLE_WIDTH + 1e-6, bounds.toString());
        assertTrue(bounds.getHeight() > 2.5 * PrintedInviteLayout.BODY_FONT_SIZE, "several lines: " + bounds);
        assertTrue(bounds.getMaxY() < PRINTABLE_HEIGHT, bounds.toString());
    }

    private static <T> T onFx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
    }
}
