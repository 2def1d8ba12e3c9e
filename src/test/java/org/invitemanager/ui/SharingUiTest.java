package org.invitemanager.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.invitemanager.testsupport.ProsodyExtension;
import org.invitemanager.testsupport.ProsodyServer;
import org.invitemanager.testsupport.TestAccounts;
import org.invitemanager.ui.present.PresentationView;
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

/** Presentation mode and the batch screen, in the real window against Prosody with the module. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class SharingUiTest {

    @RegisterExtension
    static final ProsodyExtension PROSODY = new ProsodyExtension(
            ProsodyServer.Options.defaults().withCompanionModule());

    @TempDir
    Path home;

    private AutoCloseable context;

    @Start
    void start(Stage stage) {
        context = UiSteps.showApp(stage, home, 1100, 760);
    }

    @Stop
    void stop() throws Exception {
        context.close();
    }

    @Test
    void f11ShowsTheInviteFullScreenAndEscLeaves(FxRobot robot) throws Exception {
        UiSteps.logInAsAdmin(robot, PROSODY.server());
        robot.clickOn("#newAccountInvite");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> !robot.lookup("#inviteLink").queryAs(TextInputControl.class).getText().isEmpty());
        String link = robot.lookup("#inviteLink").queryAs(TextInputControl.class).getText();

        robot.press(KeyCode.F11).release(KeyCode.F11);
        UiSteps.waitUntil(robot, "#presentQr");
        PresentationView presentation = robot.lookup("#presentation").queryAs(PresentationView.class);
        Stage window = (Stage) presentation.getScene().getWindow();
        assertTrue(window.isShowing());
        assertTrue(presentation.qr().pixelsPerModule() >= 4, "the code fills the screen: "
                + presentation.qr().pixelsPerModule() + " px per module");
        assertEquals(link, ZbarImg.decodeWindow(presentation.getScene(), home), "zbarimg reads the full-screen code");
        assertTrue(robot.lookup("#presentCountdown").queryAs(Labeled.class).getText().startsWith("Expires in"));
        // The test server has no invite web page, so the code holds the xmpp: link itself.
        assertEquals("Scan with an XMPP app (Conversations, Monal, Siskin…)",
                robot.lookup("#presentInstructions").queryAs(Labeled.class).getText());

        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !window.isShowing());
        assertTrue(robot.lookup("#inviteLink").tryQuery().isPresent(), "back on the invite screen");
        InviteRedeemer.register(TestAccounts.target(PROSODY.server()), link, TestAccounts.freshName("shown"), "pw");
    }

    @Test
    void aBatchIsMadeOnItsOwnTabAndPresentedOneByOne(FxRobot robot) throws Exception {
        UiSteps.logInAsAdmin(robot, PROSODY.server());
        robot.clickOn("#tabBulk");
        UiSteps.waitUntil(robot, "#bulkCount");
        robot.doubleClickOn("#bulkCount").eraseText(3).write("3");
        robot.doubleClickOn("#bulkLabel").eraseText(10).write("Party");
        robot.clickOn("#startBatch");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#bulkResult").queryAs(Labeled.class).getText().startsWith("Made 3 invites"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, robot.lookup("#bulkTable").queryAs(TableView.class).getItems().size());

        robot.clickOn("#presentBatch");
        UiSteps.waitUntil(robot, "#presentQr");
        assertTrue(robot.lookup("#presentLabel").queryAs(Labeled.class).getText().startsWith("Party 1"));
        robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        Labeled label = robot.lookup("#presentLabel").queryAs(Labeled.class);
        assertEquals("Party 2  ·  2 of 3", label.getText());
        PresentationView presentation = robot.lookup("#presentation").queryAs(PresentationView.class);
        String second = ZbarImg.decodeWindow(presentation.getScene(), home);
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#presentation").tryQuery().isEmpty());

        InviteRedeemer.register(TestAccounts.target(PROSODY.server()), second, TestAccounts.freshName("party"), "pw");
    }
}
