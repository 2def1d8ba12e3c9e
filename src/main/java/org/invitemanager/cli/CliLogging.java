package org.invitemanager.cli;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Quiets java.util.logging for a command-line run. On a terminal every expected failure is already one sentence on
 * standard error, so the session's log line about it (at WARNING) would only repeat it; warnings from the rest of the
 * app, such as an unreadable pin file, still show. {@code -Dinvitemanager.debug=true} leaves the logging as the JVM
 * configured it, with the session's failure lines and their traces, for a bug report.
 */
final class CliLogging implements AutoCloseable {

    // Smack warns, with a stack trace, when a connection closes on an error, on its own thread and possibly after the
    // command has finished, so its level is not put back; the window keeps Smack at SEVERE too (AppLogging).
    private static final Logger SMACK = Logger.getLogger("org.jivesoftware");
    // PDFBox warns that it maps Helvetica to an installed font; that only matters for drawing on screen, the sheet
    // itself names the standard font that every PDF reader has.
    private static final Logger PDFBOX = Logger.getLogger("org.apache.pdfbox");

    // Held so the loggers, and with them the levels set here, are not garbage-collected during the run.
    private final List<Logger> loggers = List.of(Logger.getLogger(""), Logger.getLogger("org.invitemanager.xmpp"));
    private final List<Level> previous = loggers.stream().map(Logger::getLevel).toList();

    private CliLogging() {
    }

    static CliLogging quiet() {
        CliLogging logging = new CliLogging();
        if (!Boolean.getBoolean("invitemanager.debug")) {
            logging.loggers.get(0).setLevel(Level.WARNING);
            logging.loggers.get(1).setLevel(Level.SEVERE);
            SMACK.setLevel(Level.SEVERE);
            PDFBOX.setLevel(Level.SEVERE);
        }
        return logging;
    }

    /** Puts back the levels of the app's own loggers, for a JVM that goes on after the command, such as a test's. */
    @Override
    public void close() {
        for (int i = 0; i < loggers.size(); i++) {
            loggers.get(i).setLevel(previous.get(i));
        }
    }
}
