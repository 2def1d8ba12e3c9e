package org.invitemanager.cli;

/**
 * Ends a command with an exit code and one message for standard error. The message is written for the admin and,
 * like a log line, never holds a password or an invite token.
 */
final class CliException extends Exception {

    private final int exitCode;

    CliException(int exitCode, String message) {
        // No stack trace: these are expected outcomes, shown as a sentence and never as a trace.
        super(message, null, false, false);
        this.exitCode = exitCode;
    }

    static CliException usage(String message) {
        return new CliException(ExitCodes.USAGE, message);
    }

    int exitCode() {
        return exitCode;
    }
}
