package org.invitemanager;

import javafx.application.Application;

/**
 * The main class. It does not extend {@link Application}, so the app starts from a plain class path without the
 * JavaFX launcher's module checks.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        Application.launch(InviteManagerApp.class, args);
    }
}
