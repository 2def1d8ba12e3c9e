package org.invitemanager.domain.command;

import java.util.Locale;

/** An XEP-0050 note: a line for the admin, with how serious it is. */
public record CommandNote(Severity severity, String text) {

    public CommandNote {
        severity = severity == null ? Severity.INFO : severity;
        text = text == null ? "" : text;
    }

    public enum Severity {
        INFO, WARN, ERROR;

        /** The severity named on the wire; XEP-0050's default, info, for anything else. */
        public static Severity fromWireName(String name) {
            if (name == null) {
                return INFO;
            }
            return switch (name.trim().toLowerCase(Locale.ROOT)) {
                case "warn", "warning" -> WARN;
                case "error" -> ERROR;
                default -> INFO;
            };
        }

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
