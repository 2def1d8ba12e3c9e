package org.invitemanager.domain.form;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * The XML Schema datatypes of XEP-0122 that the app knows: how a value of each is written, what to tell an admin who
 * wrote something else, and how values are ordered for a range. Values are read from their lexical form after
 * XML Schema's whitespace collapsing, which {@link #lexical} does.
 */
enum XsDatatype {
    STRING("xs:string", Reading.TEXT, "text"),
    BOOLEAN("xs:boolean", Reading.BOOLEAN, "true or false"),
    DECIMAL("xs:decimal", Reading.DECIMAL, "a number like 12.5"),
    INTEGER("xs:integer", Reading.INTEGER, "a whole number"),
    BYTE("xs:byte", Reading.INTEGER, "-128", "127"),
    SHORT("xs:short", Reading.INTEGER, "-32768", "32767"),
    INT("xs:int", Reading.INTEGER, "-2147483648", "2147483647"),
    LONG("xs:long", Reading.INTEGER, "-9223372036854775808", "9223372036854775807"),
    NON_NEGATIVE_INTEGER("xs:nonNegativeInteger", Reading.INTEGER, "0", null),
    POSITIVE_INTEGER("xs:positiveInteger", Reading.INTEGER, "1", null),
    NON_POSITIVE_INTEGER("xs:nonPositiveInteger", Reading.INTEGER, null, "0"),
    NEGATIVE_INTEGER("xs:negativeInteger", Reading.INTEGER, null, "-1"),
    UNSIGNED_BYTE("xs:unsignedByte", Reading.INTEGER, "0", "255"),
    UNSIGNED_SHORT("xs:unsignedShort", Reading.INTEGER, "0", "65535"),
    UNSIGNED_INT("xs:unsignedInt", Reading.INTEGER, "0", "4294967295"),
    UNSIGNED_LONG("xs:unsignedLong", Reading.INTEGER, "0", "18446744073709551615"),
    DOUBLE("xs:double", Reading.FLOATING, "a number like 12.5 or 1.5E3"),
    FLOAT("xs:float", Reading.FLOATING, "a number like 12.5 or 1.5E3"),
    DATE("xs:date", Reading.DATE, "a date like 2026-12-31"),
    DATE_TIME("xs:dateTime", Reading.DATE_TIME, "a date and time like 2026-12-31T23:59:00Z"),
    TIME("xs:time", Reading.TIME, "a time like 23:59:00"),
    ANY_URI("xs:anyURI", Reading.URI, "a URI like https://example.org/"),
    LANGUAGE("xs:language", Reading.LANGUAGE, "a language tag like en or pt-BR");

    private static final Pattern FLOATING_VALUE =
            Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?|[+-]?INF|NaN");
    private static final int MAX_LANGUAGE_SUBTAG = 8;

    private final String qualifiedName;
    private final Reading reading;
    private final String expectation;
    private final String lowest;
    private final String highest;

    XsDatatype(String qualifiedName, Reading reading, String expectation) {
        this.qualifiedName = qualifiedName;
        this.reading = reading;
        this.expectation = expectation;
        this.lowest = null;
        this.highest = null;
    }

    /** An ordered type with bounds of its own, such as xs:byte. */
    XsDatatype(String qualifiedName, Reading reading, String lowest, String highest) {
        this.qualifiedName = qualifiedName;
        this.reading = reading;
        this.expectation = "a whole number";
        this.lowest = lowest;
        this.highest = highest;
    }

    /** The datatype a hint names, such as {@code xs:int}; empty for one the app does not know. */
    static Optional<XsDatatype> named(String name) {
        for (XsDatatype type : values()) {
            if (type.qualifiedName.equals(name)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** What a value must be, to end "… must be": "a whole number". */
    String expectation() {
        return expectation;
    }

    /** The smallest value of the type itself, as written; null when unbounded. */
    String lowest() {
        return lowest;
    }

    /** The largest value of the type itself, as written; null when unbounded. */
    String highest() {
        return highest;
    }

    /** The value as XML Schema reads it: every type but xs:string ignores spaces and line breaks around it. */
    String lexical(String value) {
        if (this == STRING) {
            return value;
        }
        int start = 0;
        int end = value.length();
        while (start < end && isXmlSpace(value.charAt(start))) {
            start++;
        }
        while (end > start && isXmlSpace(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(start, end);
    }

    /** Whether values have an order, so a range applies. */
    boolean isOrdered() {
        return reading.ordered;
    }

    /**
     * The value read from its lexical form; empty when it is not a value of this type. For an ordered type the result
     * is a key for {@link #compare}.
     */
    Optional<Object> read(String lexical) {
        return switch (reading) {
            case TEXT -> Optional.of(lexical);
            case BOOLEAN -> Optional.<Object>of(lexical).filter(v -> v.equals("true") || v.equals("false")
                    || v.equals("1") || v.equals("0"));
            case INTEGER -> DecimalNumber.parse(lexical, false).map(Object.class::cast);
            case DECIMAL -> DecimalNumber.parse(lexical, true).map(Object.class::cast);
            case FLOATING -> readFloating(lexical);
            case DATE -> XsTemporal.date(lexical).map(Object.class::cast);
            case DATE_TIME -> XsTemporal.dateTime(lexical).map(Object.class::cast);
            case TIME -> XsTemporal.time(lexical).map(Object.class::cast);
            case URI -> readUri(lexical);
            case LANGUAGE -> isLanguageTag(lexical) ? Optional.of(lexical) : Optional.empty();
        };
    }

    /** The order of two keys from {@link #read}; empty when they have none, as NaN has with every number. */
    OptionalInt compare(Object first, Object second) {
        if (first instanceof Double a && second instanceof Double b) {
            return a.isNaN() || b.isNaN() ? OptionalInt.empty() : OptionalInt.of(Double.compare(a, b));
        }
        if (first instanceof DecimalNumber a && second instanceof DecimalNumber b) {
            return OptionalInt.of(a.compareTo(b));
        }
        if (first instanceof LocalDateTime a && second instanceof LocalDateTime b) {
            return OptionalInt.of(a.compareTo(b));
        }
        return OptionalInt.empty();
    }

    private static Optional<Object> readFloating(String lexical) {
        if (!FLOATING_VALUE.matcher(lexical).matches()) {
            return Optional.empty();
        }
        return Optional.of(switch (lexical) {
            case "INF", "+INF" -> Double.POSITIVE_INFINITY;
            case "-INF" -> Double.NEGATIVE_INFINITY;
            case "NaN" -> Double.NaN;
            default -> Double.parseDouble(lexical);
        });
    }

    private static Optional<Object> readUri(String lexical) {
        try {
            return Optional.of(new URI(lexical));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    // xs:language is RFC 3066's shape: a tag of letters, then subtags of letters and digits, each 1 to 8 long.
    private static boolean isLanguageTag(String lexical) {
        String[] subtags = lexical.split("-", -1);
        for (int i = 0; i < subtags.length; i++) {
            String subtag = subtags[i];
            boolean lettersOnly = i == 0;
            if (subtag.isEmpty() || subtag.length() > MAX_LANGUAGE_SUBTAG
                    || !subtag.chars().allMatch(c -> isAsciiLetter(c) || (!lettersOnly && c >= '0' && c <= '9'))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isXmlSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private enum Reading {
        TEXT(false), BOOLEAN(false), INTEGER(true), DECIMAL(true), FLOATING(true), DATE(true), DATE_TIME(true),
        TIME(true), URI(false), LANGUAGE(false);

        private final boolean ordered;

        Reading(boolean ordered) {
            this.ordered = ordered;
        }
    }
}
