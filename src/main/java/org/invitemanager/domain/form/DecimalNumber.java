package org.invitemanager.domain.form;

import java.util.Optional;

/**
 * A number written in decimal without an exponent (xs:decimal and the integer types), kept as its digits. Comparing
 * digit strings is linear, whereas {@code new BigDecimal} takes seconds on the megabyte of digits a careless paste can
 * produce, and forms are checked on the UI thread.
 *
 * @param signum          -1, 0 or 1
 * @param integerDigits   the digits before the point, without leading zeros (empty for zero)
 * @param fractionDigits  the digits after the point, without trailing zeros
 */
record DecimalNumber(int signum, String integerDigits, String fractionDigits) implements Comparable<DecimalNumber> {

    /** Reads {@code [+-]digits[.digits]} with ASCII digits only, as XML Schema has it; empty for anything else. */
    static Optional<DecimalNumber> parse(String text, boolean fractionAllowed) {
        int start = text.startsWith("+") || text.startsWith("-") ? 1 : 0;
        int point = text.indexOf('.');
        int end = text.length();
        if (point >= 0 && !fractionAllowed) {
            return Optional.empty();
        }
        int integerEnd = point < 0 ? end : point;
        if (!allDigits(text, start, integerEnd) || (point >= 0 && !allDigits(text, point + 1, end))
                || integerEnd - start + (point < 0 ? 0 : end - point - 1) == 0) {
            return Optional.empty();
        }
        String integer = stripLeadingZeros(text.substring(start, integerEnd));
        String fraction = point < 0 ? "" : stripTrailingZeros(text.substring(point + 1));
        boolean zero = integer.isEmpty() && fraction.isEmpty();
        int signum = zero ? 0 : text.startsWith("-") ? -1 : 1;
        return Optional.of(new DecimalNumber(signum, integer, fraction));
    }

    @Override
    public int compareTo(DecimalNumber other) {
        if (signum != other.signum) {
            return Integer.compare(signum, other.signum);
        }
        return signum < 0 ? -compareMagnitude(other) : compareMagnitude(other);
    }

    private int compareMagnitude(DecimalNumber other) {
        if (integerDigits.length() != other.integerDigits.length()) {
            return Integer.compare(integerDigits.length(), other.integerDigits.length());
        }
        int byInteger = integerDigits.compareTo(other.integerDigits);
        // Without trailing zeros, digit strings order like the fractions they write, shorter prefix first.
        return Integer.signum(byInteger != 0 ? byInteger : fractionDigits.compareTo(other.fractionDigits));
    }

    private static boolean allDigits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static String stripLeadingZeros(String digits) {
        int first = 0;
        while (first < digits.length() && digits.charAt(first) == '0') {
            first++;
        }
        return digits.substring(first);
    }

    private static String stripTrailingZeros(String digits) {
        int end = digits.length();
        while (end > 0 && digits.charAt(end - 1) == '0') {
            end--;
        }
        return digits.substring(0, end);
    }
}
