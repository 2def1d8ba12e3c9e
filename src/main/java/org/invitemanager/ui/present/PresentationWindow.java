package org.invitemanager.ui.present;

import java.util.List;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;
import javafx.util.Duration;
import org.invitemanager.ui.Texts;

/** Opens presentation mode in a window of its own, full screen, on the screen {@link ScreenChoice} picks. */
public final class PresentationWindow {

    private PresentationWindow() {
    }

    /** Shows {@code model} full screen; Esc closes it. Returns the stage, already showing. */
    public static Stage open(Window owner, PresentationViewModel model) {
        List<Screen> screens = Screen.getScreens();
        Point2D appCentre = owner == null ? null
                : new Point2D(owner.getX() + owner.getWidth() / 2, owner.getY() + owner.getHeight() / 2);
        Rectangle2D bounds = screens.get(ScreenChoice.pick(screens.stream().map(Screen::getBounds).toList(),
                appCentre)).getBounds();

        PresentationView view = new PresentationView(model);
        Stage stage = new Stage(StageStyle.UNDECORATED);
        stage.setTitle(Texts.format("present.window.title", model.server()));
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
        Scene scene = new Scene(view, bounds.getWidth(), bounds.getHeight());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            switch (e.getCode()) {
                case ESCAPE -> stage.close();
                case RIGHT, SPACE, PAGE_DOWN, DOWN -> model.next();
                case LEFT, PAGE_UP, UP -> model.previous();
                default -> {
                    return;
                }
            }
            e.consume();
        });
        stage.setScene(scene);
        // Esc closes the window instead of only leaving full screen, so one key always gets the admin back.
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreenExitHint("");
        stage.setFullScreen(true);

        Timeline clock = new Timeline(new KeyFrame(Duration.seconds(1), e -> model.tick()));
        clock.setCycleCount(Timeline.INDEFINITE);
        stage.setOnHidden(e -> clock.stop());
        clock.play();
        stage.show();
        stage.requestFocus();
        return stage;
    }
}
