package org.invitemanager.domain.command;

import java.util.Optional;

/** The actions of an XEP-0050 command session, with their wire names. */
public enum CommandAction {
    EXECUTE("execute"),
    PREV("prev"),
    NEXT("next"),
    COMPLETE("complete"),
    CANCEL("cancel");

    private final String wireName;

    CommandAction(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<CommandAction> fromWireName(String name) {
        for (CommandAction action : values()) {
            if (action.wireName.equals(name)) {
                return Optional.of(action);
            }
        }
        return Optional.empty();
    }
}
