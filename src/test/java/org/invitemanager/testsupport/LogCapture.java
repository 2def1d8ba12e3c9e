package org.invitemanager.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Everything the app and its libraries log while it is open: java.util.logging at ALL (Smack and the app's loggers
 * included, whatever earlier tests set them to), formatted with messages, parameters and stack traces, plus whatever
 * reaches System.out and System.err. {@link #close()} puts every level, handler and stream back.
 */
public final class LogCapture implements AutoCloseable {

    // The loggers the app or the command line quiet on purpose; each is opened up for the capture.
    private static final List<String> QUIETED = List.of("", "org.jivesoftware", "org.apache.pdfbox", "org.invitemanager",
            "org.invitemanager.xmpp");

    private final List<Logger> loggers = QUIETED.stream().map(Logger::getLogger).toList();
    private final List<Level> levels = loggers.stream().map(Logger::getLevel).toList();
    private final List<LogRecord> records = new ArrayList<>();
    private final SimpleFormatter formatter = new SimpleFormatter();
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private final PrintStream originalOut = System.out;
    private final PrintStream originalErr = System.err;
    private final String originalDebug = System.getProperty("invitemanager.debug");
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            synchronized (records) {
                records.add(record);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private LogCapture() {
    }

    /** Starts capturing; also sets {@code invitemanager.debug}, as a user asking for a debug log would. */
    public static LogCapture start() {
        LogCapture capture = new LogCapture();
        capture.handler.setLevel(Level.ALL);
        capture.loggers.get(0).addHandler(capture.handler);
        capture.loggers.forEach(logger -> logger.setLevel(Level.ALL));
        System.setProperty("invitemanager.debug", "true");
        PrintStream tee = new PrintStream(capture.console, true, StandardCharsets.UTF_8);
        System.setOut(tee);
        System.setErr(tee);
        return capture;
    }

    /** Every record as a log file would show it, stack traces included, then the console output line by line. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (LogRecord record : records()) {
            lines.add(formatter.format(record));
        }
        lines.addAll(Arrays.asList(console.toString(StandardCharsets.UTF_8).split("\n")));
        return lines;
    }

    /** The formatted messages of one logger's records. */
    public List<String> messagesOf(String loggerName) {
        return records().stream().filter(r -> loggerName.equals(r.getLoggerName()))
                .map(formatter::formatMessage).toList();
    }

    private List<LogRecord> records() {
        synchronized (records) {
            return List.copyOf(records);
        }
    }

    @Override
    public void close() {
        System.setOut(originalOut);
        System.setErr(originalErr);
        if (originalDebug == null) {
            System.clearProperty("invitemanager.debug");
        } else {
            System.setProperty("invitemanager.debug", originalDebug);
        }
        loggers.get(0).removeHandler(handler);
        for (int i = 0; i < loggers.size(); i++) {
            loggers.get(i).setLevel(levels.get(i));
        }
    }
}
