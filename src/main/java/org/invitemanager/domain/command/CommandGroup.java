package org.invitemanager.domain.command;

/** The headings the Commands view sorts commands under, in the order shown. */
public enum CommandGroup {
    INVITES("Invites"),
    USERS("Users"),
    MODULES("Modules"),
    SERVER("Server"),
    OTHER("Other");

    private final String title;

    CommandGroup(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
