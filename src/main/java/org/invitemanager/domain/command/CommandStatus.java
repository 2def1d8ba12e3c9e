package org.invitemanager.domain.command;

import java.util.Locale;

/** Where a command session stands after the server's answer. */
public enum CommandStatus {
    EXECUTING,
    COMPLETED,
    CANCELED,
    /** The server sent no status, or one XEP-0050 does not define; treated as finished. */
    UNKNOWN;

    public static CommandStatus fromWireName(String name) {
        if (name == null) {
            return UNKNOWN;
        }
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "executing" -> EXECUTING;
            case "completed" -> COMPLETED;
            case "canceled", "cancelled" -> CANCELED;
            default -> UNKNOWN;
        };
    }
}
