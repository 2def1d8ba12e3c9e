package org.invitemanager.bench;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.shape.Rectangle;
import org.invitemanager.qr.QrView;
import org.invitemanager.ui.UiStepsForBench;
import org.testfx.api.FxRobot;

/**
 * Times one click on "New account invite" until the new invite's QR code has been painted: from the button's action
 * event (so the robot's mouse travel is not counted) to the end of the first frame that shows the new code. That end
 * is found as the start-up probe finds the first frame: after the pulse that laid out the new image, a 1-pixel
 * snapshot waits on the single render thread behind that frame's painting.
 */
final class ClickToQr {

    private static final String BUTTON = "#newAccountInvite";

    private final FxRobot robot;
    private volatile long clickedAt;
    private volatile CompletableFuture<Long> painted;
    private QrView qr;

    ClickToQr(FxRobot robot) {
        this.robot = robot;
        Node button = robot.lookup(BUTTON).query();
        robot.interact(() -> button.addEventFilter(ActionEvent.ACTION, e -> clickedAt = System.nanoTime()));
    }

    /** Clicks and returns the milliseconds until the code is on screen; checks it shows the link of the new invite. */
    double clickAndWait() throws Exception {
        UiStepsForBench.waitUntilUsable(robot, BUTTON);
        String before = robot.lookup("#inviteLink").tryQuery().map(n -> ((TextInputControl) n).getText()).orElse("");
        painted = new CompletableFuture<>();
        if (qr == null) {
            // The card, and its code, are built with the invite screen; the listener goes on before the first click.
            qr = robot.lookup("#qr").queryAs(QrView.class);
            robot.interact(() -> qr.payloadProperty().addListener((obs, old, now) -> onNewPayload(now)));
        }
        robot.clickOn(BUTTON);
        long end = painted.get(30, TimeUnit.SECONDS);
        String link = robot.lookup("#inviteLink").queryAs(TextInputControl.class).getText();
        if (link.equals(before) || !link.equals(qr.getPayload()) || qr.getImage() == null) {
            throw new IllegalStateException("the code does not show a new invite: " + link);
        }
        return (end - clickedAt) / 1e6;
    }

    // On the FX thread, after QrView's own listener has drawn the image (listeners run in the order they were added).
    private void onNewPayload(String now) {
        CompletableFuture<Long> waiting = painted;
        if (now == null || now.isEmpty() || waiting == null || waiting.isDone() || qr.getImage() == null) {
            return;
        }
        Scene scene = qr.getScene();
        Runnable afterPulse = new Runnable() {
            private boolean seen;

            @Override
            public void run() {
                if (seen) {
                    return;
                }
                seen = true;
                Runnable self = this;
                Platform.runLater(() -> {
                    scene.removePostLayoutPulseListener(self);
                    new Rectangle(1, 1).snapshot(null, null);
                    waiting.complete(System.nanoTime());
                });
            }
        };
        scene.addPostLayoutPulseListener(afterPulse);
    }
}
