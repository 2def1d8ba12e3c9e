package org.invitemanager.ui.invites;

import java.time.Duration;

/** The expiry presets of the create form; CUSTOM takes a number and a unit. */
public enum ExpiryChoice {
    SERVER_DEFAULT("Server default", null),
    HOUR("1 hour", Duration.ofHours(1)),
    DAY("1 day", Duration.ofDays(1)),
    WEEK("1 week", Duration.ofDays(7)),
    FOUR_WEEKS("4 weeks", Duration.ofDays(28)),
    CUSTOM("Custom…", null);

    private final String label;
    private final Duration duration;

    ExpiryChoice(String label, Duration duration) {
        this.label = label;
        this.duration = duration;
    }

    /** The preset's length; null for the server default and for custom. */
    public Duration duration() {
        return duration;
    }

    @Override
    public String toString() {
        return label;
    }
}
