package org.invitemanager.ui;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Node;
import javafx.util.Duration;

/** Runs a refresh every 30 seconds while a node is in a scene, so countdowns move on and stop with their view. */
public final class Ticker {

    private Ticker() {
    }

    public static void whileShown(Node node, Runnable refresh) {
        Timeline clock = new Timeline(new KeyFrame(Duration.seconds(30), e -> refresh.run()));
        clock.setCycleCount(Timeline.INDEFINITE);
        node.sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) {
                clock.stop();
            } else {
                clock.play();
            }
        });
    }
}
