package org.invitemanager.domain.form;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads xs:date, xs:dateTime and xs:time values into a {@link LocalDateTime} that orders them: shifted to UTC when the
 * value has a zone, taken as it stands when it has none. XML Schema orders zoned and unzoned values only partially
 * (±14 hours); treating a missing zone as UTC is the simplification made here.
 */
final class XsTemporal {

    // Longer than any sensible value, and short enough that a pasted page never reaches the regex engine.
    private static final int MAX_LENGTH = 80;
    private static final String DATE = "(-?)(\\d{4,9})-(\\d{2})-(\\d{2})";
    private static final String TIME = "(\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d+))?";
    private static final String ZONE = "(Z|[+-]\\d{2}:\\d{2})?";
    private static final Pattern DATE_VALUE = Pattern.compile(DATE + ZONE);
    private static final Pattern DATE_TIME_VALUE = Pattern.compile(DATE + "T" + TIME + ZONE);
    private static final Pattern TIME_VALUE = Pattern.compile(TIME + ZONE);
    // XML Schema's reference date for ordering times of day.
    private static final LocalDate TIME_REFERENCE_DATE = LocalDate.of(1972, 12, 31);
    private static final int MAX_ZONE_MINUTES = 14 * 60;

    private XsTemporal() {
    }

    static Optional<LocalDateTime> date(String text) {
        Matcher m = match(DATE_VALUE, text);
        if (m == null) {
            return Optional.empty();
        }
        return datePart(m).flatMap(day -> orderKey(day, 0, 0, 0, null, m.group(5)));
    }

    static Optional<LocalDateTime> dateTime(String text) {
        Matcher m = match(DATE_TIME_VALUE, text);
        if (m == null) {
            return Optional.empty();
        }
        return datePart(m).flatMap(day -> orderKey(day, number(m, 5), number(m, 6), number(m, 7), m.group(8),
                m.group(9)));
    }

    static Optional<LocalDateTime> time(String text) {
        Matcher m = match(TIME_VALUE, text);
        if (m == null) {
            return Optional.empty();
        }
        return orderKey(TIME_REFERENCE_DATE, number(m, 1), number(m, 2), number(m, 3), m.group(4),
                m.group(5));
    }

    private static Matcher match(Pattern pattern, String text) {
        if (text.length() > MAX_LENGTH) {
            return null;
        }
        Matcher m = pattern.matcher(text);
        return m.matches() ? m : null;
    }

    private static Optional<LocalDate> datePart(Matcher m) {
        String year = m.group(2);
        // XML Schema allows years past 9999 but not padded ones such as 02026.
        if (year.length() > 4 && year.charAt(0) == '0') {
            return Optional.empty();
        }
        try {
            int signedYear = Integer.parseInt(m.group(1) + year);
            return Optional.of(LocalDate.of(signedYear, number(m, 3), number(m, 4)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDateTime> orderKey(LocalDate date, int hour, int minute, int second, String fraction,
                                                    String zone) {
        boolean endOfDay = hour == 24 && minute == 0 && second == 0 && (fraction == null || isZeros(fraction));
        if ((hour > 23 && !endOfDay) || minute > 59 || second > 59) {
            return Optional.empty();
        }
        Optional<Integer> offsetMinutes = offsetMinutes(zone);
        if (offsetMinutes.isEmpty()) {
            return Optional.empty();
        }
        try {
            LocalDateTime local = endOfDay ? date.plusDays(1).atStartOfDay()
                    : date.atTime(hour, minute, second, nanos(fraction));
            return Optional.of(local.minusMinutes(offsetMinutes.get()));
        } catch (DateTimeException e) {
            // Only at the far ends of the year range, where the shift to UTC leaves what LocalDateTime holds.
            return Optional.empty();
        }
    }

    /** The zone's offset from UTC; 0 without one; empty when it is no offset XML Schema allows. */
    private static Optional<Integer> offsetMinutes(String zone) {
        if (zone == null || zone.equals("Z")) {
            return Optional.of(0);
        }
        int hours = Integer.parseInt(zone.substring(1, 3));
        int minutes = Integer.parseInt(zone.substring(4, 6));
        int total = hours * 60 + minutes;
        if (minutes > 59 || total > MAX_ZONE_MINUTES) {
            return Optional.empty();
        }
        return Optional.of(zone.charAt(0) == '-' ? -total : total);
    }

    private static int nanos(String fraction) {
        if (fraction == null) {
            return 0;
        }
        String nineDigits = (fraction + "000000000").substring(0, 9);
        return Integer.parseInt(nineDigits);
    }

    private static boolean isZeros(String digits) {
        return digits.chars().allMatch(c -> c == '0');
    }

    private static int number(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
