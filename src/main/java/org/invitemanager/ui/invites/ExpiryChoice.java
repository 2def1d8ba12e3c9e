package org.invitemanager.ui.invites;

import java.time.Duration;
import org.invitemanager.ui.Texts;

/** The expiry presets of the create form; CUSTOM takes a number and a unit. */
public enum ExpiryChoice {
    SERVER_DEFAULT(null),
    HOUR(Duration.ofHours(1)),
    DAY(Duration.ofDays(1)),
    WEEK(Duration.ofDays(7)),
    FOUR_WEEKS(Duration.ofDays(28)),
    CUSTOM(null);

    private final Duration duration;

    ExpiryChoice(Duration duration) {
        this.duration = duration;
    }

    /** The preset's length; null for the server default and for custom. */
    public Duration duration() {
        return duration;
    }

    @Override
    public String toString() {
        return switch (this) {
            case SERVER_DEFAULT -> Texts.get("create.expiry.serverDefault");
            case HOUR -> Texts.get("create.expiry.hour");
            case DAY -> Texts.get("create.expiry.day");
            case WEEK -> Texts.get("create.expiry.week");
            case FOUR_WEEKS -> Texts.get("create.expiry.fourWeeks");
            case CUSTOM -> Texts.get("create.expiry.custom");
        };
    }
}
