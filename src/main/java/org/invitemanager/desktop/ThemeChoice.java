package org.invitemanager.desktop;

/** What the admin picked: follow the desktop, or always one scheme. */
public enum ThemeChoice {
    SYSTEM,
    LIGHT,
    DARK;

    /** The scheme to draw, given what the desktop prefers when the choice is to follow it. */
    public ColorScheme resolve(ColorScheme desktop) {
        return switch (this) {
            case SYSTEM -> desktop;
            case LIGHT -> ColorScheme.LIGHT;
            case DARK -> ColorScheme.DARK;
        };
    }
}
