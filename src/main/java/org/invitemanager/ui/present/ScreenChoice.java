package org.invitemanager.ui.present;

import java.util.List;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;

/**
 * Which screen presentation mode uses. With a second monitor or a projector, the invite goes there and the admin's
 * own screen keeps the app; with one screen, it is that one.
 */
final class ScreenChoice {

    private ScreenChoice() {
    }

    /** The index in {@code screens} to present on, given the centre of the app's window (null when unknown). */
    static int pick(List<Rectangle2D> screens, Point2D appCentre) {
        if (screens.isEmpty()) {
            throw new IllegalArgumentException("no screens");
        }
        int appScreen = 0;
        if (appCentre != null) {
            for (int i = 0; i < screens.size(); i++) {
                if (screens.get(i).contains(appCentre)) {
                    appScreen = i;
                    break;
                }
            }
        }
        if (screens.size() == 1) {
            return 0;
        }
        return appScreen == 0 ? 1 : 0;
    }
}
