package org.invitemanager.ui.app;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/**
 * Short confirmations in the window's corner ("Link copied"), which go away by themselves. They repeat what the
 * screen already shows, so nothing is lost when one is missed.
 */
public final class Toasts {

    private static final Duration SHOWN_FOR = Duration.seconds(3);

    private Toasts() {
    }

    public static void confirm(Node anchor, String text) {
        if (anchor.getScene() == null || anchor.getScene().getWindow() == null
                || !anchor.getScene().getWindow().isShowing()) {
            return;
        }
        Notifications.create().owner(anchor.getScene().getWindow()).text(text).position(Pos.BOTTOM_RIGHT)
                .hideAfter(SHOWN_FOR).hideCloseButton().show();
    }

    public static void warn(Node anchor, String title, String text) {
        if (anchor.getScene() == null || anchor.getScene().getWindow() == null
                || !anchor.getScene().getWindow().isShowing()) {
            return;
        }
        Notifications.create().owner(anchor.getScene().getWindow()).title(title).text(text)
                .position(Pos.BOTTOM_RIGHT).hideAfter(Duration.seconds(6)).showWarning();
    }
}
