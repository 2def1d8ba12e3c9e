package org.invitemanager.ui;

import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import org.invitemanager.testsupport.ProsodyServer;
import org.invitemanager.testsupport.TestAccounts;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Steps the UI tests share: logging in through the real login form, and waiting for a control to be usable. */
final class UiSteps {

    private UiSteps() {
    }

    /** Shows the real app, as the application class builds it, with its files under {@code home}; close it after. */
    static AutoCloseable showApp(javafx.stage.Stage stage, java.nio.file.Path home, double width, double height) {
        return showApp(stage, org.invitemanager.AppContextAccess.create(
                new org.invitemanager.settings.AppPaths(home.resolve("config"), home.resolve("data"))), width, height);
    }

    /** Shows {@code app}'s main window in {@code stage}; close the app after. */
    static AutoCloseable showApp(javafx.stage.Stage stage, org.invitemanager.AppContextAccess app, double width,
                                 double height) {
        javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        javafx.scene.Scene scene = new javafx.scene.Scene(app.mainView(), width, height);
        scene.getStylesheets().add(org.invitemanager.AppContextAccess.stylesheet());
        stage.setScene(scene);
        stage.show();
        return app;
    }

    /** Types the admin's login, trusts the test server's certificate after checking its fingerprint, and waits. */
    static void logInAsAdmin(FxRobot robot, ProsodyServer server) throws Exception {
        logIn(robot, server, server.adminJid(), server.adminPassword(), server.port());
    }

    /** Logs in as {@code jid} through {@code port}, which may be a proxy in front of {@code server}. */
    static void logIn(FxRobot robot, ProsodyServer server, String jid, String password, int port) throws Exception {
        robot.clickOn("#jid").write(jid);
        robot.clickOn("#password").write(password);
        robot.clickOn("#connectionSettings");
        robot.clickOn("#host").write(server.host());
        robot.clickOn("#port").write(Integer.toString(port));
        robot.clickOn("#login");
        waitUntil(robot, "#trustCertificate");
        String shown = robot.lookup("#certificate-sha256").queryAs(TextInputControl.class).getText();
        if (!TestAccounts.pin(server).equals(shown.replace("\n", ":"))) {
            throw new AssertionError("the review shows another certificate: " + shown);
        }
        robot.clickOn("#trustCertificate");
        waitUntil(robot, "#newAccountInvite");
    }

    static void waitUntil(FxRobot robot, String query) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
                Node node = robot.lookup(query).tryQuery().orElse(null);
                return node != null && isShowing(node) && !node.isDisabled();
            });
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(query + " never became usable; the window shows: " + shownTexts(robot), e);
        }
        // The check above reads the scene from the test thread; let the FX thread finish the update it saw begin.
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The texts of every showing label, so a failed wait says what the window was doing instead. */
    private static String shownTexts(FxRobot robot) {
        return robot.lookup(".label").queryAll().stream().filter(UiSteps::isShowing)
                .map(node -> ((javafx.scene.control.Labeled) node).getText())
                .filter(text -> text != null && !text.isBlank()).toList().toString();
    }

    /** Visible itself and inside visible parents: a hidden panel's buttons still report visible on their own. */
    static boolean isShowing(Node node) {
        if (node.getScene() == null) {
            return false;
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
