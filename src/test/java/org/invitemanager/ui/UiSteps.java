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
        javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        org.invitemanager.AppContextAccess app = org.invitemanager.AppContextAccess.create(
                new org.invitemanager.settings.AppPaths(home.resolve("config"), home.resolve("data")));
        javafx.scene.Scene scene = new javafx.scene.Scene(app.mainView(), width, height);
        scene.getStylesheets().add(org.invitemanager.AppContextAccess.stylesheet());
        stage.setScene(scene);
        stage.show();
        return app;
    }

    /** Types the admin's login, trusts the test server's certificate after checking its fingerprint, and waits. */
    static void logInAsAdmin(FxRobot robot, ProsodyServer server) throws Exception {
        robot.clickOn("#jid").write(server.adminJid());
        robot.clickOn("#password").write(server.adminPassword());
        robot.clickOn("#connectionSettings");
        robot.clickOn("#host").write(server.host());
        robot.clickOn("#port").write(Integer.toString(server.port()));
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
