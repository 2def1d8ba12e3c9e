package org.invitemanager;

import javafx.application.Application;
import org.invitemanager.cli.CliEnvironment;
import org.invitemanager.cli.CliMain;

/**
 * The main class. It does not extend {@link Application}, so the app starts from a plain class path without the
 * JavaFX launcher's module checks. A subcommand such as {@code create} runs the command line instead of the window.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (CliMain.isCommandLine(args)) {
            System.exit(CliMain.run(args, CliEnvironment.system()));
        }
        Application.launch(InviteManagerApp.class, args);
    }
}
