package org.invitemanager.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Expiry as people read it: "valid until 1 Dec 2026 17:55, in 7 days". Date and time follow the given locale's own
 * styles; the sentence around them, and the relative time, come from the bundle.
 */
public final class ExpiryText {

    private static final DateTimeFormatter SORTABLE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final DateTimeFormatter date;
    private final DateTimeFormatter time;
    private final ZoneId zone;

    public ExpiryText(ZoneId zone, Locale locale) {
        this.zone = zone;
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        this.time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
    }

    public String describe(Instant expires, Instant now) {
        if (expires == null) {
            return Texts.get("expiry.describe.never");
        }
        ZonedDateTime local = expires.atZone(zone);
        if (!expires.isAfter(now)) {
            return Texts.format("expiry.describe.expired", date.format(local), time.format(local));
        }
        return Texts.format("expiry.describe.validUntil", date.format(local), time.format(local),
                relative(Duration.between(now, expires)));
    }

    /** Local time that sorts as text, for table columns: "2026-11-24 19:05"; empty when unknown. */
    public String sortableDate(Instant when) {
        return when == null ? "" : SORTABLE.format(when.atZone(zone));
    }

    /** A short live countdown for tables: "in 3 days", "expired", "never". */
    public String countdown(Instant expires, Instant now) {
        if (expires == null) {
            return Texts.get("expiry.countdown.never");
        }
        return expires.isAfter(now) ? relative(Duration.between(now, expires)) : Texts.get("expiry.countdown.expired");
    }

    static String relative(Duration left) {
        long minutes = (left.toMillis() + 59_999) / 60_000;
        if (minutes < 60) {
            return Texts.format("expiry.relative.minutes", minutes);
        }
        long hours = Math.round(minutes / 60.0);
        if (hours < 48) {
            return Texts.format("expiry.relative.hours", hours);
        }
        return Texts.format("expiry.relative.days", Math.round(hours / 24.0));
    }
}
