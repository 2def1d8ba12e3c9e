package org.invitemanager.ui;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.invitemanager.AppContextAccess;
import org.invitemanager.domain.InviteListEntry;
import org.invitemanager.settings.AppPaths;
import org.invitemanager.settings.InviteHistoryStore;
import org.invitemanager.testsupport.FxWatchdog;
import org.invitemanager.testsupport.ProsodyExtension;
import org.invitemanager.testsupport.ProsodyServer;
import org.invitemanager.testsupport.TcpProxy;
import org.invitemanager.testsupport.TestAccounts;
import org.invitemanager.xmpp.InviteRedeemer;
import org.invitemanager.xmpp.SmackXmppSession;
import org.junit.jupiter.api.AfterEach;
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
 * The real window against a real Prosody with the companion module, through a proxy that misbehaves like hotel wifi:
 * the server killed while an invite is made, the link cut in the middle of a command, a server that stops answering,
 * a restart, and an account that stops being an admin. Throughout, a watchdog checks the window never freezes for
 * more than 100 ms.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class FaultsUiTest {

    private static final String BOSS = "boss";
    private static final String BOSS_PASSWORD = "boss-secret";
    private static final Duration REPLY_TIMEOUT = Duration.ofSeconds(3);

    @RegisterExtension
    static final ProsodyExtension PROSODY = new ProsodyExtension(ProsodyServer.Options.defaults()
            .withCompanionModule().withUser(BOSS, BOSS_PASSWORD));

    @TempDir
    Path home;

    private AutoCloseable context;
    private TcpProxy proxy;
    private FxWatchdog watchdog;

    @Start
    void start(Stage stage) throws Exception {
        proxy = new TcpProxy(ProsodyServer.HOST, PROSODY.server().port());
        context = UiSteps.showApp(stage, AppContextAccess.create(paths(), REPLY_TIMEOUT), 1100, 760);
    }

    @Stop
    void stop() throws Exception {
        context.close();
        proxy.close();
    }

    @AfterEach
    void serverRunsForTheNextTest() {
        if (watchdog != null) {
            watchdog.close();
        }
        if (!PROSODY.server().isRunning()) {
            PROSODY.server().restart();
        }
    }

    private AppPaths paths() {
        return new AppPaths(home.resolve("config"), home.resolve("data"));
    }

    /** Logs in through the proxy, then starts watching the FX thread. */
    private void logInThroughProxy(FxRobot robot, String jid, String password) throws Exception {
        UiSteps.logIn(robot, PROSODY.server(), jid, password, proxy.port());
        watchdog = FxWatchdog.start(100);
    }

    @Test
    void aServerKilledWhileMakingAnInviteLosesNothingAndTheSessionComesBackByItself(FxRobot robot) throws Exception {
        ProsodyServer server = PROSODY.server();
        logInThroughProxy(robot, server.adminJid(), server.adminPassword());

        watchdog.phase("create, answer held, server killed");
        // The module's create has two stages: the form, then the submit whose answer carries the invite.
        proxy.holdRepliesAfterClientWrites(2);
        robot.clickOn("#newAccountInvite");
        waitFor("the server to answer into the held link", () -> proxy.heldToClient() > 0);
        server.kill();

        watchdog.phase("server down");
        waitForText("#inviteError", "The connection to localhost was lost");
        assertTrue(text("#inviteError").contains("Trying again in"), text("#inviteError"));
        assertEquals("", link(robot), "no QR while it is unknown whether the invite exists");

        watchdog.phase("server back");
        proxy.resume();
        server.restart();
        waitForText("#inviteNotice", "had made the invite before the connection dropped");

        String shown = link(robot);
        assertFalse(shown.isEmpty(), "the invite the server made is shown");
        assertEquals(List.of(shown), historyUris(), "and kept in the history");
        assertDoesNotThrow(() -> register(shown, TestAccounts.freshName("killed")), "it is a real invite");
        watchdog.assertResponsive();
    }

    @Test
    void aLinkCutInTheMiddleOfACommandShowsNoQrAndTheNextInviteWorks(FxRobot robot) throws Exception {
        ProsodyServer server = PROSODY.server();
        logInThroughProxy(robot, server.adminJid(), server.adminPassword());
        int before = serverInvites().size();

        watchdog.phase("request held, link cut");
        proxy.hold(TcpProxy.Direction.TO_SERVER);
        robot.clickOn("#newAccountInvite");
        waitForText("#inviteStatus", "Creating an account invite");
        proxy.cutAll();
        proxy.resume();

        watchdog.phase("reconnecting");
        waitForText("#inviteError", "The connection to localhost was lost");
        waitForText("#inviteNotice", "was not made; create it again");
        assertEquals("", link(robot), "no QR for an invite that does not exist");
        assertEquals(before, serverInvites().size(), "the server made nothing");
        assertTrue(proxy.connectionsAccepted() >= 2, "it reconnected through the proxy");

        watchdog.phase("create after the reconnect");
        robot.clickOn("#newAccountInvite");
        waitFor("the new invite", () -> !link(robot).isEmpty());
        String made = link(robot);
        assertDoesNotThrow(() -> register(made, TestAccounts.freshName("aftercut")));
        watchdog.assertResponsive();
    }

    @Test
    void aServerThatStopsAnsweringCanBeStoppedWaitingForAndTimesOutWithoutAStuckSpinner(FxRobot robot)
            throws Exception {
        ProsodyServer server = PROSODY.server();
        logInThroughProxy(robot, server.adminJid(), server.adminPassword());

        watchdog.phase("paused, stop waiting");
        proxy.pause();
        robot.clickOn("#newAccountInvite");
        waitUntilShowing("#cancelCreate");
        assertTrue(UiSteps.isShowing(robot.lookup("#inviteProgress").query()), "a spinner while waiting");
        robot.clickOn("#cancelCreate");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(UiSteps.isShowing(robot.lookup("#inviteProgress").query()), "the spinner goes at once");
        assertFalse(robot.lookup("#newAccountInvite").query().isDisabled(), "the buttons work again at once");
        assertTrue(text("#inviteNotice").startsWith("Stopped waiting for the server."), text("#inviteNotice"));

        watchdog.phase("paused, timeout");
        long asked = System.nanoTime();
        robot.clickOn("#newAccountInvite");
        waitForText("#inviteError", "The server did not answer in time.");
        long waited = (System.nanoTime() - asked) / 1_000_000;
        assertTrue(text("#inviteError").contains("Trying again in"), text("#inviteError"));
        assertFalse(UiSteps.isShowing(robot.lookup("#inviteProgress").query()), "no spinner left behind");
        assertTrue(waited < 15_000, "gave up within the reply timeout and a ping: " + waited + " ms");

        watchdog.phase("resumed");
        proxy.resume();
        waitForText("#inviteNotice", "Reconnected to localhost.");
        waitUntilUsable(robot, "#newAccountInvite");
        watchdog.assertResponsive();
    }

    @Test
    void aRestartedServerIsBackWithoutAskingForThePassword(FxRobot robot) throws Exception {
        ProsodyServer server = PROSODY.server();
        logInThroughProxy(robot, server.adminJid(), server.adminPassword());

        watchdog.phase("restart");
        server.restart();
        waitForText("#inviteNotice", "Reconnected to localhost.");
        assertTrue(robot.lookup("#password").tryQuery().map(node -> !UiSteps.isShowing(node)).orElse(true),
                "the login form is not shown");

        watchdog.phase("create after the restart");
        waitUntilUsable(robot, "#newAccountInvite");
        robot.clickOn("#newAccountInvite");
        waitFor("the new invite", () -> !link(robot).isEmpty());
        String made = link(robot);
        assertDoesNotThrow(() -> register(made, TestAccounts.freshName("restart")));
        watchdog.assertResponsive();
    }

    @Test
    void anAccountThatLosesAdminRightsIsToldAndTheAdminActionsTurnOff(FxRobot robot) throws Exception {
        ProsodyServer server = PROSODY.server();
        Path roles = server.dataDir().resolve("localhost").resolve("roles").resolve(BOSS + ".dat");
        Files.createDirectories(roles.getParent());
        Files.writeString(roles, "return {\n\t[\"prosody:admin\"] = true;\n};\n");
        logInThroughProxy(robot, BOSS + "@" + ProsodyServer.DOMAIN, BOSS_PASSWORD);
        assertFalse(robot.lookup("#newAccountInvite").query().isDisabled(), "an admin at first");

        watchdog.phase("rights taken away");
        Files.delete(roles);
        robot.clickOn("#newAccountInvite");
        waitForText("#inviteError", "no longer counts boss@localhost as an administrator");

        assertTrue(robot.lookup("#newAccountInvite").query().isDisabled(), "creating account invites is off");
        assertEquals("", link(robot), "nothing was made");
        watchdog.assertResponsive();
    }

    private static String link(FxRobot robot) {
        return robot.lookup("#inviteLink").tryQuery().map(node -> ((TextInputControl) node).getText()).orElse("");
    }

    private static String text(String query) {
        Node node = new FxRobot().lookup(query).query();
        return ((Labeled) node).getText();
    }

    private void waitForText(String query, String part) throws Exception {
        waitFor(query + " to say \"" + part + "\"", () -> text(query).contains(part));
    }

    private void waitUntilShowing(String query) throws Exception {
        waitFor(query + " to show", () -> new FxRobot().lookup(query).tryQuery().map(UiSteps::isShowing)
                .orElse(false));
    }

    private static void waitUntilUsable(FxRobot robot, String query) throws Exception {
        UiSteps.waitUntil(robot, query);
    }

    private static void waitFor(String what, Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("waited in vain for " + what + "; error: \"" + text("#inviteError")
                    + "\", notice: \"" + text("#inviteNotice") + "\", status: \"" + text("#inviteStatus") + "\"", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void register(String link, String name) {
        InviteRedeemer.register(TestAccounts.target(PROSODY.server()), link, name, "pw");
    }

    private List<String> historyUris() {
        return new InviteHistoryStore(paths().dataDir()).entries(PROSODY.server().adminJid()).stream()
                .map(InviteListEntry::uri).toList();
    }

    private static List<InviteListEntry> serverInvites() {
        try (SmackXmppSession admin = TestAccounts.adminSession(PROSODY.server())) {
            return admin.listInvites().orTimeout(20, TimeUnit.SECONDS).join();
        }
    }
}
