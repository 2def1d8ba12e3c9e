package org.invitemanager.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.invitemanager.qr.QrView;
import org.invitemanager.settings.CertificatePinStore;
import org.invitemanager.testsupport.ProsodyExtension;
import org.invitemanager.testsupport.TestAccounts;
import org.invitemanager.xmpp.InviteRedeemer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/** The real window against a real Prosody: type, log in, trust the certificate, create an invite, scan it, use it. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class AdminFlowUiTest {

    @RegisterExtension
    static final ProsodyExtension PROSODY = new ProsodyExtension();

    @TempDir
    static Path home;

    private AutoCloseable context;

    @Start
    void start(Stage stage) {
        context = UiSteps.showApp(stage, home, 900, 700);
    }

    @Stop
    void stop() throws Exception {
        context.close();
    }

    @Test
    void adminCreatesAnAccountInviteWhoseQrRegistersAnAccount(FxRobot robot) throws Exception {
        UiSteps.logInAsAdmin(robot, PROSODY.server());
        assertEquals("localhost", robot.lookup("#serverName").queryAs(Labeled.class).getText());
        assertEquals(TestAccounts.pin(PROSODY.server()),
                new CertificatePinStore(home.resolve("data")).pinFor("localhost").orElseThrow());
        robot.clickOn("#newAccountInvite");

        waitUntil(robot, "#inviteLink");
        QrView qr = robot.lookup("#qr").queryAs(QrView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> qr.getImage() != null);
        String link = robot.lookup("#inviteLink").queryAs(TextInputControl.class).getText();
        String decoded = WaitForAsyncUtils.asyncFx(() -> decode(qr.getImage())).get(10, TimeUnit.SECONDS);
        assertEquals(link, decoded);
        assertEquals(link, ZbarImg.decodeWindow(robot.lookup("#inviteCard").query().getScene(), home));
        assertTrue(decoded.startsWith("xmpp:localhost?register;preauth="), decoded);
        assertTrue(robot.lookup("#inviteExpiry").queryAs(Labeled.class).getText().contains("in 7 days"));
        assertTrue(robot.lookup("#scanHint").queryAs(Labeled.class).getText().contains("XMPP app"));

        String name = TestAccounts.freshName("scanned");
        InviteRedeemer.register(TestAccounts.target(PROSODY.server()), decoded, name, "scanned-secret");
        TestAccounts.smackLogin(PROSODY.server(), name, "scanned-secret").disconnect();

        String profiles = Files.readString(home.resolve("config").resolve("profiles.properties"));
        assertTrue(profiles.contains("admin@localhost"));
        assertFalse(profiles.contains(PROSODY.server().adminPassword()), "the password is never written");
    }

    private static void waitUntil(FxRobot robot, String query) throws Exception {
        UiSteps.waitUntil(robot, query);
    }

    private static String decode(Image image) throws Exception {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] argb = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height,
                javafx.scene.image.PixelFormat.getIntArgbInstance(), argb, 0, width);
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(width, height, argb)))).getText();
    }
}
