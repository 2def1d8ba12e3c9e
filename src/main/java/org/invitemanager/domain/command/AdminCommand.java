package org.invitemanager.domain.command;

import java.util.Locale;
import java.util.Objects;

/** A command the server offers this account (an XEP-0050 disco item): its node and the name it shows. */
public record AdminCommand(String node, String name) {

    public AdminCommand {
        Objects.requireNonNull(node, "node");
        name = name == null || name.isBlank() ? node : name.strip();
    }

    /** The group the Commands view files it under, guessed from its node and name. */
    public CommandGroup group() {
        String text = (node + " " + name).toLowerCase(Locale.ROOT);
        if (text.contains("invite")) {
            return CommandGroup.INVITES;
        }
        // Announcements go to users but are about the whole server, as is shutting it down.
        if (text.contains("announce") || text.contains("shut")) {
            return CommandGroup.SERVER;
        }
        if (text.contains("user") || text.contains("password") || text.contains("roster")
                || text.contains("account")) {
            return CommandGroup.USERS;
        }
        if (text.contains("module")) {
            return CommandGroup.MODULES;
        }
        if (node.startsWith("http://jabber.org/protocol/admin#") || node.startsWith("http://prosody.im/protocol/")
                || text.contains("config")) {
            return CommandGroup.SERVER;
        }
        return CommandGroup.OTHER;
    }

    /** Whether the search text occurs in its name or node, ignoring case. */
    public boolean matches(String search) {
        if (search == null || search.isBlank()) {
            return true;
        }
        String needle = search.strip().toLowerCase(Locale.ROOT);
        return name.toLowerCase(Locale.ROOT).contains(needle) || node.toLowerCase(Locale.ROOT).contains(needle);
    }
}
