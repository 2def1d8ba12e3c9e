package org.invitemanager.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.invitemanager.domain.Failure;
import org.invitemanager.domain.FailureException;
import org.invitemanager.testsupport.ProsodyExtension;
import org.invitemanager.testsupport.ProsodyServer;
import org.invitemanager.testsupport.TestAccounts;
import org.invitemanager.ui.invites.InviteRow;
import org.invitemanager.xmpp.InviteRedeemer;
import org.jivesoftware.smack.XMPPException;
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

/** The create form, the invite list and the policy switch, in the real window against Prosody with the module. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class CompanionScreensUiTest {

    @RegisterExtension
    static final ProsodyExtension PROSODY = new ProsodyExtension(
            ProsodyServer.Options.defaults().withCompanionModule());

    @TempDir
    Path home;

    private AutoCloseable context;

    @Start
    void start(Stage stage) {
        context = UiSteps.showApp(stage, home, 1000, 760);
    }

    @Stop
    void stop() throws Exception {
        context.close();
    }

    private static String link(FxRobot robot) {
        return robot.lookup("#inviteLink").queryAs(TextInputControl.class).getText();
    }

    private static void register(String link, String name) {
        InviteRedeemer.register(TestAccounts.target(PROSODY.server()), link, name, "pw");
    }

    private static void waitForNewLink(FxRobot robot, String before) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            var field = robot.lookup("#inviteLink").tryQuery();
            return field.isPresent() && !((TextInputControl) field.get()).getText().isEmpty()
                    && !((TextInputControl) field.get()).getText().equals(before);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theCreateFormsOptionsReachTheServer(FxRobot robot) throws Exception {
        UiSteps.logInAsAdmin(robot, PROSODY.server());
        UiSteps.waitUntil(robot, "#createWithOptions");
        robot.clickOn("#optionReusable");
        robot.clickOn("#optionMaxUses").write("2");
        robot.clickOn("#optionNote").write("Workshop");
        robot.clickOn("#createWithOptions");
        waitForNewLink(robot, "");

        String link = link(robot);
        register(link, TestAccounts.freshName("first"));
        register(link, TestAccounts.freshName("second"));
        FailureException third = assertThrows(FailureException.class,
                () -> register(link, TestAccounts.freshName("third")));
        assertInstanceOf(Failure.Forbidden.class, third.failure());
    }

    @Test
    void anInviteRevokedFromTheListIsRefused(FxRobot robot) throws Exception {
        UiSteps.logInAsAdmin(robot, PROSODY.server());
        robot.clickOn("#newAccountInvite");
        waitForNewLink(robot, "");
        String link = link(robot);

        robot.clickOn("#tabList");
        @SuppressWarnings("unchecked")
        TableView<InviteRow> table = robot.lookup("#inviteTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().stream()
                .anyMatch(row -> row.entry().uri().equals(link)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> table.getItems().stream().filter(row -> row.entry().uri().equals(link)).findFirst()
                .ifPresent(row -> table.getSelectionModel().select(row)));
        assertEquals("Pending", table.getSelectionModel().getSelectedItem().statusProperty().get());
        robot.clickOn("#revokeInvite");
        UiSteps.waitUntil(robot, "#confirmRevoke");
        robot.clickOn("#confirmRevoke");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#inviteListStatus")
                .queryAs(Labeled.class).getText().contains("revoked"));

        FailureException refused = assertThrows(FailureException.class,
                () -> register(link, TestAccounts.freshName("revoked")));
        assertInstanceOf(Failure.Forbidden.class, refused.failure());
        assertTrue(table.getItems().stream().noneMatch(row -> row.entry().uri().equals(link)));
    }

    @Test
    void thePolicySwitchAsksBeforeOpeningAndReallyChangesRegistration(FxRobot robot) throws Exception {
        UiSteps.logInAsAdmin(robot, PROSODY.server());
        robot.clickOn("#tabServer");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#currentPolicy")
                .queryAs(Labeled.class).getText().contains("Invite only"));
        assertThrows(XMPPException.XMPPErrorException.class, () -> TestAccounts.registerWithoutInvite(
                PROSODY.server(), TestAccounts.freshName("walkin"), "pw"));

        robot.clickOn("#policyOpen");
        robot.clickOn("#applyPolicy");
        UiSteps.waitUntil(robot, "#confirmOpen");
        assertTrue(robot.lookup("#confirmOpen").query().getScene() != null);
        robot.clickOn("#confirmOpen");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#currentPolicy")
                .queryAs(Labeled.class).getText().contains("Open"));
        TestAccounts.registerWithoutInvite(PROSODY.server(), TestAccounts.freshName("walkin"), "pw");

        robot.clickOn("#policyInviteOnly");
        robot.clickOn("#applyPolicy");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#currentPolicy")
                .queryAs(Labeled.class).getText().contains("Invite only"));
        assertThrows(XMPPException.XMPPErrorException.class, () -> TestAccounts.registerWithoutInvite(
                PROSODY.server(), TestAccounts.freshName("walkin"), "pw"));
    }
}
