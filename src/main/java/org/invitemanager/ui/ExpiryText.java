package org.invitemanager.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Expiry as people read it: "valid until 1 Dec 2026 17:55, in 7 days". */
public final class ExpiryText {

    private static final DateTimeFormatter SORTABLE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final DateTimeFormatter absolute;
    private final ZoneId zone;

    public ExpiryText(ZoneId zone, Locale locale) {
        this.zone = zone;
        this.absolute = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", locale);
    }

    public String describe(Instant expires, Instant now) {
        if (expires == null) {
            return "never expires";
        }
        String when = absolute.format(expires.atZone(zone));
        if (!expires.isAfter(now)) {
            return "expired " + when;
        }
        return "valid until " + when + ", " + relative(Duration.between(now, expires));
    }

    /** Local time that sorts as text, for table columns: "2026-11-24 19:05"; empty when unknown. */
    public String sortableDate(Instant when) {
        return when == null ? "" : SORTABLE.format(when.atZone(zone));
    }

    /** A short live countdown for tables: "in 3 days", "expired", "never". */
    public String countdown(Instant expires, Instant now) {
        if (expires == null) {
            return "never";
        }
        return expires.isAfter(now) ? relative(Duration.between(now, expires)) : "expired";
    }

    static String relative(Duration left) {
        long minutes = (left.toMillis() + 59_999) / 60_000;
        if (minutes < 60) {
            return "in " + plural(minutes, "minute");
        }
        long hours = Math.round(minutes / 60.0);
        if (hours < 48) {
            return "in " + plural(hours, "hour");
        }
        return "in " + plural(Math.round(hours / 24.0), "day");
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
