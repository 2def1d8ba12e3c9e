package org.invitemanager;

import java.util.logging.ConsoleHandler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * One line per event on the console. Smack's own warnings repeat, with a stack trace, what {@code Failures} already
 * logged in one line, so they are kept to errors unless {@code -Dinvitemanager.debug=true} asks for everything.
 */
final class AppLogging {

    // Held so the logger, and with it the level set here, is not garbage-collected.
    private static final Logger SMACK = Logger.getLogger("org.jivesoftware");
    // PDFBox warns that it maps Helvetica to an installed font; that only matters for drawing on screen, the sheet
    // itself names the standard font that every PDF reader has.
    private static final Logger PDFBOX = Logger.getLogger("org.apache.pdfbox");

    private AppLogging() {
    }

    static void configure() {
        if (System.getProperty("java.util.logging.config.file") != null) {
            return;
        }
        System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tF %1$tT %4$s %3$s: %5$s%6$s%n");
        LogManager.getLogManager().reset();
        ConsoleHandler console = new ConsoleHandler();
        console.setFormatter(new SimpleFormatter());
        boolean debug = Boolean.getBoolean("invitemanager.debug");
        console.setLevel(debug ? Level.FINE : Level.INFO);
        Logger root = Logger.getLogger("");
        root.addHandler(console);
        root.setLevel(debug ? Level.FINE : Level.INFO);
        SMACK.setLevel(debug ? Level.FINE : Level.SEVERE);
        PDFBOX.setLevel(debug ? Level.FINE : Level.SEVERE);
    }
}
