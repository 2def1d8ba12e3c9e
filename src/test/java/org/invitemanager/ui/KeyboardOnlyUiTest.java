package org.invitemanager.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.invitemanager.testsupport.ProsodyExtension;
import org.invitemanager.testsupport.ProsodyServer;
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

/**
 * The whole first task by keyboard alone, in the real window against Prosody: no click anywhere. Log in, trust the
 * certificate, create an account invite, copy its link, and check the link registers an account.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class KeyboardOnlyUiTest {

    @RegisterExtension
    static final ProsodyExtension PROSODY = new ProsodyExtension(ProsodyServer.Options.defaults());

    @TempDir
    Path home;

    private AutoCloseable context;
    private Scene scene;

    @Start
    void start(Stage stage) {
        context = UiSteps.showApp(stage, home, 1100, 760);
        scene = stage.getScene();
    }

    @Stop
    void stop() throws Exception {
        context.close();
    }

    @Test
    void logInCreateAnInviteAndCopyItsLinkWithoutTheMouse(FxRobot robot) throws Exception {
        ProsodyServer server = PROSODY.server();
        UiSteps.waitUntil(robot, "#jid");

        // The tab order follows the form from top to bottom; the disabled "Remember password" is skipped.
        alt(robot, KeyCode.S);
        alt(robot, KeyCode.J);
        assertEquals(List.of("password", "connectionSettings", "host", "port", "tls", "login"), tabOrderUntil(robot,
                "login"));

        alt(robot, KeyCode.J);
        robot.write(server.adminJid());
        robot.press(KeyCode.TAB).release(KeyCode.TAB);
        assertEquals("password", focused());
        robot.write(server.adminPassword());
        alt(robot, KeyCode.H);
        robot.write(server.host());
        alt(robot, KeyCode.O);
        robot.write(Integer.toString(server.port()));
        key(robot, KeyCode.ENTER);

        UiSteps.waitUntil(robot, "#trustCertificate");
        String shown = robot.lookup("#certificate-sha256").queryAs(TextInputControl.class).getText();
        assertEquals(TestAccounts.pin(server), shown.replace("\n", ":"));
        alt(robot, KeyCode.T);
        UiSteps.waitUntil(robot, "#newAccountInvite");

        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> !robot.lookup("#inviteLink").queryAs(TextInputControl.class).getText().isEmpty());
        String link = robot.lookup("#inviteLink").queryAs(TextInputControl.class).getText();
        assertTrue(link.startsWith("xmpp:" + server.domain() + "?register;preauth="), link);

        clearClipboard();
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C).release(KeyCode.C, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(link, clipboard(), "Ctrl+Shift+C copies the link shown");
        // ControlsFX's notification confirms it in the corner, then goes away by itself.
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("Link copied").tryQuery().isPresent());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("Link copied").tryQuery()
                .map(node -> node.getScene() == null || !node.getScene().getWindow().isShowing()).orElse(true));

        // F1 lists the shortcuts over the window; Esc leaves it and the keyboard is back where it was.
        String before = focused();
        key(robot, KeyCode.F1);
        assertTrue(robot.lookup("#shortcutsOverlay").query().isVisible());
        key(robot, KeyCode.ESCAPE);
        assertFalse(robot.lookup("#shortcutsOverlay").query().isVisible());
        assertEquals(before, focused());

        // Ctrl+Shift+N makes a contact invite, another link.
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N).release(KeyCode.N, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> !link.equals(robot.lookup("#inviteLink").queryAs(TextInputControl.class).getText()));
        assertNotEquals(link, robot.lookup("#inviteLink").queryAs(TextInputControl.class).getText());

        String name = TestAccounts.freshName("keyboard");
        InviteRedeemer.register(TestAccounts.target(server), link, name, "pw-keyboard");
        assertThrows(Exception.class, () -> InviteRedeemer.register(TestAccounts.target(server), link,
                TestAccounts.freshName("again"), "pw"), "the copied account invite is used up");
    }

    private List<String> tabOrderUntil(FxRobot robot, String last) {
        List<String> order = new ArrayList<>();
        for (int i = 0; i < 20 && !last.equals(order.isEmpty() ? null : order.get(order.size() - 1)); i++) {
            key(robot, KeyCode.TAB);
            order.add(focused());
        }
        return order;
    }

    private static void alt(FxRobot robot, KeyCode letter) {
        robot.press(KeyCode.ALT, letter).release(letter, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void key(FxRobot robot, KeyCode code) {
        robot.press(code).release(code);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String focused() {
        try {
            return WaitForAsyncUtils.asyncFx(() -> {
                Node owner = scene.getFocusOwner();
                // A combo box's editor or a skin's inner node stands for the control that has it.
                while (owner != null && owner.getId() == null) {
                    owner = owner.getParent();
                }
                return owner == null ? "nothing" : owner.getId();
            }).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static void clearClipboard() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().clear()).get(5, TimeUnit.SECONDS);
    }

    private static String clipboard() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get(5, TimeUnit.SECONDS);
    }
}
