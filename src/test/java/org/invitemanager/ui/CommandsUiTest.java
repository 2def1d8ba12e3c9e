package org.invitemanager.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.invitemanager.domain.Failure;
import org.invitemanager.domain.FailureException;
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

/** The Commands tab in the real window against Prosody: a two-step wizard of every field type, cancel, an invite. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class CommandsUiTest {

    @RegisterExtension
    static final ProsodyExtension PROSODY = new ProsodyExtension(
            ProsodyServer.Options.defaults().withCompanionModule().withTestCommands());

    @TempDir
    Path home;

    private AutoCloseable context;

    @Start
    void start(Stage stage) {
        context = UiSteps.showApp(stage, home, 1100, 800);
    }

    @Stop
    void stop() throws Exception {
        context.close();
    }

    private static void openCommand(FxRobot robot, String search) throws Exception {
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT5).release(KeyCode.CONTROL);
        UiSteps.waitUntil(robot, "#commandSearch");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#commandsStatus").queryAs(Labeled.class).getText().endsWith("commands"));
        robot.clickOn("#commandSearch").write(search).type(KeyCode.DOWN).type(KeyCode.ENTER);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    @Test
    void aWizardIsFilledByKeyboardCheckedBeforeSendingAndItsResultShownAsATable(FxRobot robot) throws Exception {
        UiSteps.logInAsAdmin(robot, PROSODY.server());
        openCommand(robot, "test wizard");
        UiSteps.waitUntil(robot, "#field-name");

        // The first field has focus; an out-of-range count and a missing name are caught here, not by the server.
        robot.type(KeyCode.TAB).write("11").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(text(robot, "#problem-name").contains("required"), text(robot, "#problem-name"));
        assertTrue(text(robot, "#problem-count").contains("10"), text(robot, "#problem-count"));
        assertSame(robot.lookup("#field-name").query(), robot.lookup("#field-name").query().getScene().getFocusOwner());

        robot.write("Ada");
        robot.doubleClickOn("#field-count").write("4").type(KeyCode.ENTER);
        UiSteps.waitUntil(robot, "#field-colour");
        assertEquals("Wizard: step 2 of 2", text(robot, "#formTitle"));

        reveal(robot, "#field-colour").clickOn("#field-colour");
        robot.clickOn("green");
        reveal(robot, "#field-tags").clickOn("a").type(KeyCode.SPACE).type(KeyCode.DOWN).type(KeyCode.DOWN)
                .type(KeyCode.SPACE);
        reveal(robot, "#field-friends").clickOn("#field-friends").write("x@localhost").type(KeyCode.ENTER)
                .write("y@localhost");
        reveal(robot, "#field-owner").clickOn("#field-owner").write("admin@localhost");
        reveal(robot, "#field-notes").clickOn("#field-notes").write("line one").type(KeyCode.ENTER).write("line two");
        reveal(robot, "#field-secret").clickOn("#field-secret").write("s3cret");
        reveal(robot, "#field-agree").clickOn("#field-agree");
        robot.clickOn("#commandComplete");

        UiSteps.waitUntil(robot, "#resultTable");
        assertEquals("The wizard is done.", text(robot, ".command-note"));
        @SuppressWarnings("unchecked")
        TableView<Map<String, List<String>>> table = robot.lookup("#resultTable").queryAs(TableView.class);
        Map<String, List<String>> got = new LinkedHashMap<>();
        table.getItems().forEach(row -> got.put(row.get("field").get(0), row.get("value")));
        assertEquals(Map.of("name", List.of("Ada"), "count", List.of("4"), "colour", List.of("green"),
                "tags", List.of("a", "c"), "friends", List.of("x@localhost", "y@localhost"),
                "owner", List.of("admin@localhost"), "notes", List.of("line one", "line two"),
                "secret", List.of("s3cret"), "agree", List.of("true")), got);
    }

    @Test
    void escapeCancelsARunningCommandOnTheServer(FxRobot robot) throws Exception {
        UiSteps.logInAsAdmin(robot, PROSODY.server());
        openCommand(robot, "test wizard");
        UiSteps.waitUntil(robot, "#field-name");

        robot.type(KeyCode.ESCAPE);

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "Cancelled.".equals(text(robot, "#commandStatus")));
        assertTrue(robot.lookup("#field-name").tryQuery().isEmpty(), "the form is gone");
    }

    @Test
    void anInviteMadeByAnyCommandShowsItsQrWhichRegisters(FxRobot robot) throws Exception {
        UiSteps.logInAsAdmin(robot, PROSODY.server());
        openCommand(robot, "new account invite");

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> showingLink(robot).startsWith("xmpp:"));
        String link = showingLink(robot);
        assertEquals(link, ZbarImg.decodeWindow(robot.lookup("#commandsView").query().getScene(), home));
        robot.type(KeyCode.F11);
        UiSteps.waitUntil(robot, "#presentation");
        assertEquals(link, ZbarImg.decodeWindow(robot.lookup("#presentation").query().getScene(), home),
                "F11 shows the invite of the Commands tab full screen");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        InviteRedeemer.register(TestAccounts.target(PROSODY.server()), link, TestAccounts.freshName("cmd"), "pw");
        FailureException again = assertThrows(FailureException.class, () -> InviteRedeemer.register(
                TestAccounts.target(PROSODY.server()), link, TestAccounts.freshName("cmd2"), "pw"));
        assertInstanceOf(Failure.Forbidden.class, again.failure());
    }

    private static String showingLink(FxRobot robot) {
        return robot.lookup("#inviteLink").queryAll().stream().filter(UiSteps::isShowing)
                .map(node -> ((TextInputControl) node).getText()).findFirst().orElse("");
    }

    /** Scrolls the command's form so the node is on screen; the robot clicks at screen points. */
    private static FxRobot reveal(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        ScrollPane scroll = robot.lookup("#commandScroll").queryAs(ScrollPane.class);
        robot.interact(() -> {
            Node content = scroll.getContent();
            Bounds bounds = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
            double room = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(room <= 0 ? 0 : Math.min(1, Math.max(0, bounds.getMinY() - 20) / room));
        });
        WaitForAsyncUtils.waitForFxEvents();
        return robot;
    }
}
