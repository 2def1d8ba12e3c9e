package org.invitemanager.ui.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Styles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import org.controlsfx.control.decoration.Decorator;
import org.invitemanager.domain.LoginRequest;
import org.invitemanager.domain.TlsMode;
import org.invitemanager.settings.CertificatePinStore;
import org.invitemanager.settings.PasswordVault.Availability;
import org.invitemanager.settings.PasswordVault.Problem;
import org.invitemanager.settings.ProfileStore;
import org.invitemanager.settings.ServerProfile;
import org.invitemanager.testsupport.FakeXmppSession;
import org.invitemanager.testsupport.InMemoryPasswordVault;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/** The login screen as a person uses it: picking a server, typing mistakes, and a missing keyring. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class LoginViewUiTest {

    private static final ServerProfile WORK = new ServerProfile("work-id", "Work",
            new LoginRequest("admin@example.org", "xmpp.example.org", 5223, TlsMode.DIRECT_TLS));
    private static final ServerProfile HOME = new ServerProfile("home-id", "",
            new LoginRequest("me@home.example", null, 0, TlsMode.STARTTLS));

    @TempDir
    Path dir;

    private Stage stage;
    private final FakeXmppSession session = new FakeXmppSession();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    @BeforeEach
    void storeTwoProfiles() throws IOException {
        ProfileStore store = new ProfileStore(dir.resolve("config"));
        store.saveUsed(WORK);
        store.saveUsed(HOME);
    }

    private LoginViewModel show(InMemoryPasswordVault vault) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            LoginViewModel model = new LoginViewModel(session, new CertificatePinStore(dir.resolve("data")),
                    new ProfileStore(dir.resolve("config")), vault, Runnable::run);
            stage.setScene(new Scene(new LoginView(model), 700, 780));
            stage.show();
            return model;
        }).get(10, TimeUnit.SECONDS);
    }

    @Test
    void pickingAServerFillsTheFormWithItsRememberedPassword(FxRobot robot) throws Exception {
        InMemoryPasswordVault vault = new InMemoryPasswordVault();
        vault.stored.put("work-id", "work-secret");
        new CertificatePinStore(dir.resolve("data")).pin("example.org",
                "AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89");
        show(vault);
        assertEquals("me@home.example", text(robot, "#jid"), "the last used server is chosen at start");
        assertFalse(robot.lookup("#trustedCertificate").query().getParent().isVisible(), "nothing pinned for home");

        robot.clickOn("#profile");
        robot.clickOn(robot.lookup(".list-cell").match(LabeledMatchers.hasText("Work")).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("Work", text(robot, "#displayName"));
        assertEquals("admin@example.org", text(robot, "#jid"));
        assertEquals("work-secret", text(robot, "#password"));
        assertTrue(robot.lookup("#rememberPassword").queryAs(CheckBox.class).isSelected());
        assertTrue(robot.lookup("#host").query().isVisible(), "its connection settings are shown");
        assertEquals("xmpp.example.org", text(robot, "#host"));
        assertEquals("5223", text(robot, "#port"));
        assertEquals(TlsMode.DIRECT_TLS, robot.lookup("#tls").queryAs(ComboBox.class).getValue());
        assertEquals("Trusted certificate for example.org: AB:CD:EF:01 … 23:45:67:89",
                robot.lookup("#trustedCertificate").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#forgetCertificate").query().isVisible());

        robot.clickOn("#forgetCertificate");

        assertFalse(robot.lookup("#trustedCertificate").query().getParent().isVisible());
        assertTrue(new CertificatePinStore(dir.resolve("data")).pinFor("example.org").isEmpty());
    }

    @Test
    void invalidInputIsMarkedAndSaidInWordsAndNothingIsSent(FxRobot robot) throws Exception {
        show(new InMemoryPasswordVault());
        robot.clickOn("#profile");
        robot.clickOn(robot.lookup(".list-cell").match(LabeledMatchers.hasText("New server…")).queryAs(Node.class));
        assertTrue(Decorator.getDecorations(field(robot, "#jid")) == null
                || Decorator.getDecorations(field(robot, "#jid")).isEmpty(), "an empty form is not marked");

        robot.clickOn("#jid").write("admin@@x");
        robot.clickOn("#connectionSettings");
        robot.clickOn("#host").write("my host");
        robot.clickOn("#port").write("70000");
        robot.clickOn("#login");
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(session.loginCalls.isEmpty(), "nothing went to the network");
        assertWordsAndMark(robot, "#jid", "#jidProblem", "\"admin@@x\" is not a JID. It looks like admin@example.org.");
        assertWordsAndMark(robot, "#password", "#passwordProblem", "Enter the password.");
        assertWordsAndMark(robot, "#host", "#hostProblem", "\"my host\" is not a host name or address.");
        assertWordsAndMark(robot, "#port", "#portProblem", "The port must be a number from 1 to 65535.");
        assertTrue(field(robot, "#jid").isFocused(), "the cursor goes to the first field to fix");

        robot.clickOn("#connectionSettings");
        assertTrue(Decorator.getDecorations(field(robot, "#host")).isEmpty(), "no mark floats over a folded section");
        robot.clickOn("#connectionSettings");
        assertFalse(Decorator.getDecorations(field(robot, "#host")).isEmpty(), "and it returns when unfolded");

        robot.doubleClickOn("#jid").eraseText(8).write("admin@x");
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(robot.lookup("#jidProblem").query().isVisible(), "a fixed field is cleared while typing");
        assertTrue(Decorator.getDecorations(field(robot, "#jid")).isEmpty());
        assertFalse(field(robot, "#jid").getPseudoClassStates().contains(Styles.STATE_DANGER));
        assertTrue(session.loginCalls.isEmpty());
    }

    @Test
    void withoutAKeyringRememberPasswordIsOffAndItsTooltipSaysWhy(FxRobot robot) throws Exception {
        show(InMemoryPasswordVault.unavailable(Problem.NO_KEYRING, "No available keyring backend found"));

        CheckBox remember = robot.lookup("#rememberPassword").queryAs(CheckBox.class);
        assertTrue(remember.isDisabled());
        assertFalse(remember.isSelected());
        String reason = remember.getTooltip().getText();
        assertTrue(reason.startsWith("No keyring was found, so the password cannot be remembered."), reason);
        assertEquals(reason, remember.getAccessibleHelp());
        // A disabled control shows no tooltip of its own, so the box around it carries the same one.
        Node box = robot.lookup("#rememberPasswordBox").query();
        Tooltip onBox = (Tooltip) box.getProperties().get("javafx.scene.control.Tooltip");
        assertEquals(reason, onBox.getText());
    }

    @Test
    void rememberPasswordWaitsForTheKeyringCheck(FxRobot robot) throws Exception {
        InMemoryPasswordVault vault = new InMemoryPasswordVault();
        CompletableFuture<Availability> check = vault.holdAvailability();
        show(vault);
        CheckBox remember = robot.lookup("#rememberPassword").queryAs(CheckBox.class);
        assertTrue(remember.isDisabled());
        assertEquals("Checking for a keyring…", remember.getTooltip().getText());

        robot.interact(() -> check.complete(Availability.yes()));

        assertFalse(remember.isDisabled());
        assertEquals("Kept in your system’s keyring, never in a file.", remember.getTooltip().getText());
    }

    @Test
    void deletingAProfileAsksFirst(FxRobot robot) throws Exception {
        InMemoryPasswordVault vault = new InMemoryPasswordVault();
        vault.stored.put("home-id", "home-secret");
        show(vault);

        robot.clickOn("#deleteProfile");
        assertEquals("Delete the profile “home.example”? A password remembered for it is removed from the keyring too.",
                robot.lookup("#deleteProfileQuestion").queryAs(Labeled.class).getText());
        robot.clickOn("#keepProfile");
        assertFalse(robot.lookup("#deleteProfileQuestion").query().getParent().isVisible());
        assertEquals(2, new ProfileStore(dir.resolve("config")).load().profiles().size());

        robot.clickOn("#deleteProfile");
        robot.clickOn("#confirmDeleteProfile");

        assertEquals(1, new ProfileStore(dir.resolve("config")).load().profiles().size());
        assertFalse(vault.stored.containsKey("home-id"));
        assertEquals("", text(robot, "#jid"));
        assertTrue(robot.lookup("#deleteProfile").query().isDisabled(), "nothing left to delete on a new server");
    }

    @Test
    void aDamagedProfileFileIsReportedOnTheLoginScreen(FxRobot robot) throws Exception {
        Files.writeString(dir.resolve("config/profiles.properties"), "version=1\nprofile.1.tls=QUANTUM\n");

        show(new InMemoryPasswordVault());

        Label notice = robot.lookup("#loginNotice").queryAs(Label.class);
        assertTrue(notice.isVisible());
        assertTrue(notice.getText().contains("profiles.properties.corrupt-"), notice.getText());
    }

    private static void assertWordsAndMark(FxRobot robot, String fieldId, String wordsId, String words) {
        Label label = robot.lookup(wordsId).queryAs(Label.class);
        assertEquals(words, label.getText());
        assertTrue(label.isVisible(), wordsId);
        TextInputControl field = field(robot, fieldId);
        assertFalse(Decorator.getDecorations(field).isEmpty(), "ControlsFX marks " + fieldId);
        assertTrue(field.getPseudoClassStates().contains(Styles.STATE_DANGER), fieldId + " has a red border");
        assertEquals(words, field.getAccessibleHelp());
    }

    private static TextInputControl field(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TextInputControl.class);
    }

    private static String text(FxRobot robot, String id) {
        return field(robot, id).getText();
    }
}
