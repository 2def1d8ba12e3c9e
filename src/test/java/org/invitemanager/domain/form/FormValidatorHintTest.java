package org.invitemanager.domain.form;

import static org.invitemanager.domain.form.FormFixtures.COLOURS;
import static org.invitemanager.domain.form.FormFixtures.check;
import static org.invitemanager.domain.form.FormFixtures.range;
import static org.invitemanager.domain.form.FormFixtures.typed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.invitemanager.domain.form.Validation.Method;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The XEP-0122 side of {@link FormValidator}: datatypes, ranges, patterns and list ranges. */
class FormValidatorHintTest {

    @ParameterizedTest
    @MethodSource("valuesOfEachDatatype")
    void datatypeAcceptsItsValues(String datatype, String value) {
        assertEquals(Optional.empty(), check(typed(datatype, Method.BASIC), value), datatype + " " + value);
    }

    static Stream<Arguments> valuesOfEachDatatype() {
        return Stream.of(
                cases("xs:string", "anything at all", "  spaced  ", "{}[]"),
                cases("xs:boolean", "true", "false", "1", "0", " true "),
                cases("xs:byte", "-128", "127", "+5", "007"),
                cases("xs:short", "-32768", "32767"),
                cases("xs:int", "-2147483648", "2147483647", " 42 "),
                cases("xs:long", "-9223372036854775808", "9223372036854775807"),
                cases("xs:integer", "123456789012345678901234567890123456789", "-0", "0"),
                cases("xs:nonNegativeInteger", "0", "99999999999999999999"),
                cases("xs:positiveInteger", "1"),
                cases("xs:unsignedLong", "18446744073709551615"),
                cases("xs:decimal", "-12.50", ".5", "5.", "+0.0", "3"),
                cases("xs:double", "1.5E3", ".5e-3", "INF", "-INF", "+INF", "NaN", "12", "1e999"),
                cases("xs:float", "3.4E38", "-0", "INF"),
                cases("xs:date", "2026-12-31", "2026-12-31Z", "2026-12-31+05:30", "2024-02-29", "-0044-03-15",
                        "12026-01-01"),
                cases("xs:dateTime", "2026-12-31T23:59:00Z", "2026-12-31T23:59:00", "2026-12-31T24:00:00",
                        "2026-12-31T23:59:00.123456789123+14:00"),
                cases("xs:time", "23:59:00", "00:00:00Z", "12:30:15.5-08:00", "24:00:00"),
                cases("xs:anyURI", "https://example.org/path?q=1", "urn:isbn:0451450523", "relative/path",
                        "mailto:a@example.org"),
                cases("xs:language", "en", "pt-BR", "zh-Hant-TW", "x-klingon", "i-default"),
                cases("x:custom", "whatever", "1.2.3"),
                cases("", "no datatype means xs:string")).flatMap(s -> s);
    }

    @ParameterizedTest
    @MethodSource("valuesOutsideEachDatatype")
    void datatypeRejectsOtherValues(String datatype, String value, String expected) {
        assertEquals(Optional.of("“Field” " + expected), check(typed(datatype, Method.BASIC), value),
                datatype + " " + value);
    }

    static Stream<Arguments> valuesOutsideEachDatatype() {
        String wholeNumber = "must be a whole number.";
        String date = "must be a date like 2026-12-31.";
        String dateTime = "must be a date and time like 2026-12-31T23:59:00Z.";
        String time = "must be a time like 23:59:00.";
        String floating = "must be a number like 12.5 or 1.5E3.";
        String language = "must be a language tag like en or pt-BR.";
        return Stream.of(
                Arguments.of("xs:boolean", "yes", "must be true or false."),
                Arguments.of("xs:byte", "1.5", wholeNumber),
                Arguments.of("xs:byte", "128", "must be between -128 and 127."),
                Arguments.of("xs:short", "-32769", "must be between -32768 and 32767."),
                Arguments.of("xs:int", "2147483648", "must be between -2147483648 and 2147483647."),
                Arguments.of("xs:int", "12abc", wholeNumber),
                Arguments.of("xs:long", "9223372036854775808",
                        "must be between -9223372036854775808 and 9223372036854775807."),
                Arguments.of("xs:integer", "1e3", wholeNumber),
                Arguments.of("xs:integer", "\u0661\u0662", wholeNumber),
                Arguments.of("xs:integer", "1 000", wholeNumber),
                Arguments.of("xs:integer", "+", wholeNumber),
                Arguments.of("xs:nonNegativeInteger", "-1", "must be at least 0."),
                Arguments.of("xs:negativeInteger", "0", "must be at most -1."),
                Arguments.of("xs:unsignedByte", "256", "must be between 0 and 255."),
                Arguments.of("xs:decimal", "1e3", "must be a number like 12.5."),
                Arguments.of("xs:decimal", "1,5", "must be a number like 12.5."),
                Arguments.of("xs:decimal", "12.5.1", "must be a number like 12.5."),
                Arguments.of("xs:decimal", ".", "must be a number like 12.5."),
                Arguments.of("xs:double", "Infinity", floating),
                Arguments.of("xs:double", "0x1p3", floating),
                Arguments.of("xs:double", "1.5f", floating),
                Arguments.of("xs:double", "nan", floating),
                Arguments.of("xs:float", "e3", floating),
                Arguments.of("xs:date", "2026-02-30", date),
                Arguments.of("xs:date", "2026-13-01", date),
                Arguments.of("xs:date", "26-12-31", date),
                Arguments.of("xs:date", "2026/12/31", date),
                Arguments.of("xs:date", "02026-01-01", date),
                Arguments.of("xs:date", "2026-12-31+15:00", date),
                Arguments.of("xs:date", "2026-12-31T10:00:00", date),
                Arguments.of("xs:dateTime", "2026-12-31 23:59:00", dateTime),
                Arguments.of("xs:dateTime", "2026-12-31T23:59", dateTime),
                Arguments.of("xs:dateTime", "2026-12-31T24:00:01", dateTime),
                Arguments.of("xs:dateTime", "2026-12-31T23:60:00Z", dateTime),
                Arguments.of("xs:dateTime", "2026-12-31", dateTime),
                Arguments.of("xs:time", "25:00:00", time),
                Arguments.of("xs:time", "12:30", time),
                Arguments.of("xs:time", "12:30:60", time),
                Arguments.of("xs:anyURI", "http://exa mple.org", "must be a URI like https://example.org/."),
                Arguments.of("xs:anyURI", "http://[bad", "must be a URI like https://example.org/."),
                Arguments.of("xs:language", "toolongtag", language),
                Arguments.of("xs:language", "en-", language),
                Arguments.of("xs:language", "en_US", language),
                Arguments.of("xs:language", "1en", language));
    }

    @Test
    void integerRangeNamesItsBounds() {
        FormField both = FormField.of("max", FieldType.TEXT_SINGLE, "Max uses")
                .withValidation(new Validation("xs:int", Method.RANGE, "1", "100", null, null, null));

        for (String value : List.of("1", "100", "50", "+7", " 7 ", "0100")) {
            assertEquals(Optional.empty(), check(both, value), value);
        }
        for (String value : List.of("0", "101", "-5", "99999999999")) {
            assertEquals(Optional.of("“Max uses” must be between 1 and 100."), check(both, value), value);
        }
        assertEquals(Optional.of("“Max uses” must be a whole number."), check(both, "ten"));
        assertEquals(Optional.of("“Max uses” must be at least 1."), check(range("xs:int", "1", null), "0"));
        assertEquals(Optional.of("“Max uses” must be at most 100."), check(range("xs:int", null, "100"), "101"));
    }

    @Test
    void theTighterOfTypeAndHintBoundsCounts() {
        assertEquals(Optional.of("“Max uses” must be between -128 and 127."),
                check(range("xs:byte", "-1000", "1000"), "200"));
        assertEquals(Optional.of("“Max uses” must be at most 127."), check(range("xs:byte", "0", "1000"), "200"));
        assertEquals(Optional.of("“Max uses” must be at least 0."), check(range("xs:byte", "0", "1000"), "-1"));
        assertEquals(Optional.of("“Max uses” must be at least 1."), check(range("xs:unsignedInt", "1", null), "0"));
    }

    @Test
    void decimalRangeComparesByValueNotByText() {
        FormField field = range("xs:decimal", "0.5", "2.25");

        for (String value : List.of("0.5", "0.50", "2.250", "1", "+2.2")) {
            assertEquals(Optional.empty(), check(field, value), value);
        }
        for (String value : List.of("0.49", "2.2501", "-0", "-1.0", "10")) {
            assertEquals(Optional.of("“Max uses” must be between 0.5 and 2.25."), check(field, value), value);
        }
        assertEquals(Optional.of("“Max uses” must be at least -1.5."), check(range("xs:decimal", "-1.5", null), "-2"));
        assertEquals(Optional.empty(), check(range("xs:decimal", "-1.5", null), "-1.49"));
    }

    @Test
    void doubleRangeTreatsInfinityAndNaN() {
        FormField field = range("xs:double", "0", "1E2");

        assertEquals(Optional.empty(), check(field, "99.5"));
        assertEquals(Optional.empty(), check(field, "1.0e2"));
        assertEquals(Optional.of("“Max uses” must be between 0 and 1E2."), check(field, "INF"));
        assertEquals(Optional.of("“Max uses” must be between 0 and 1E2."), check(field, "NaN"));
        assertEquals(Optional.empty(), check(range("xs:double", "0", "INF"), "1e300"));
    }

    @Test
    void dateRangeComparesChronologically() {
        FormField field = range("xs:date", "2026-01-01", "2026-12-31");

        assertEquals(Optional.empty(), check(field, "2026-06-15"));
        assertEquals(Optional.empty(), check(field, "2026-12-31"));
        assertEquals(Optional.of("“Max uses” must be between 2026-01-01 and 2026-12-31."), check(field, "2025-12-31"));
        assertEquals(Optional.of("“Max uses” must be between 2026-01-01 and 2026-12-31."), check(field, "12026-01-01"));
    }

    @Test
    void dateTimeRangeShiftsZonesToUtc() {
        FormField field = range("xs:dateTime", "2026-01-01T00:00:00Z", null);

        assertEquals(Optional.empty(), check(field, "2026-01-01T00:30:00-01:00"), "01:30 UTC is late enough");
        assertEquals(Optional.of("“Max uses” must be at least 2026-01-01T00:00:00Z."),
                check(field, "2026-01-01T00:30:00+01:00"));
        assertEquals(Optional.empty(), check(field, "2025-12-31T24:00:00Z"), "24:00 is the next midnight");
    }

    @Test
    void timeRangeComparesTimesOfDay() {
        FormField field = range("xs:time", "09:00:00", "17:00:00");

        assertEquals(Optional.empty(), check(field, "12:00:00"));
        assertEquals(Optional.of("“Max uses” must be between 09:00:00 and 17:00:00."), check(field, "08:59:59.999"));
        assertEquals(Optional.of("“Max uses” must be between 09:00:00 and 17:00:00."), check(field, "18:00:00"));
    }

    @Test
    void rangeOnATypeWithoutOrderChecksNothing() {
        assertEquals(Optional.empty(), check(range("xs:string", "m", "n"), "zebra"));
        assertEquals(Optional.empty(), check(range("xs:boolean", "1", "1"), "false"));
    }

    @Test
    void regexMustMatchTheWholeValue() {
        FormField field = typed("xs:string", Method.REGEX, "[a-z]+");

        assertEquals(Optional.empty(), check(field, "abc"));
        assertEquals(Optional.of("“Field” does not have the form the server expects."), check(field, "abc1"));
        assertEquals(Optional.of("“Field” does not have the form the server expects."), check(field, "ABC"));
    }

    @Test
    void regexSeesTheCollapsedValueOfNonStringTypes() {
        FormField field = typed("xs:int", Method.REGEX, "\\d{3}");

        assertEquals(Optional.empty(), check(field, " 123 "));
        assertEquals(Optional.of("“Field” does not have the form the server expects."), check(field, "1234"));
        assertEquals(Optional.of("“Field” must be a whole number."), check(field, "abc"));
    }

    @Test
    void listRangeCountsTheValues() {
        FormField groups = FormField.of("groups", FieldType.LIST_MULTI, "Groups").withOptions(COLOURS)
                .withValidation(new Validation(null, Method.BASIC, null, null, null, 2, 3));
        FormField members = FormField.of("members", FieldType.JID_MULTI, "Members")
                .withValidation(new Validation(null, Method.BASIC, null, null, null, null, 1));

        assertEquals(Optional.of("Pick at least 2 for “Groups”."), check(groups, "red"));
        assertEquals(Optional.empty(), check(groups, "red", "green"));
        assertEquals(Optional.empty(), check(groups, "red", "green", "blue"));
        assertEquals(Optional.of("Pick at most 3 for “Groups”."), check(groups.withOptions(List.of(
                new FormOption(null, "a"), new FormOption(null, "b"), new FormOption(null, "c"),
                new FormOption(null, "d"))), "a", "b", "c", "d"));
        assertEquals(Optional.of("Enter at most 1 value for “Members”."), check(members, "a@x.org", "b@x.org"));
        assertEquals(Optional.empty(), check(FormField.of("s", FieldType.TEXT_SINGLE, "S")
                .withValidation(new Validation(null, Method.BASIC, null, null, null, 5, null)), "one"),
                "a single-valued field has no list range");
    }

    @Test
    void unusableHintsCheckNothingInsteadOfFailingEveryValue() {
        assertEquals(Optional.empty(), check(range("xs:int", "abc", null), "-1000"));
        assertEquals(Optional.of("“Max uses” must be at most 10."), check(range("xs:int", "abc", "10"), "11"),
                "the readable bound still counts");
        assertEquals(Optional.empty(), check(range("xs:int", "100", "1"), "50"), "a minimum above the maximum");
        assertEquals(Optional.empty(), check(range("xs:byte", "500", null), "5"), "a range no byte can meet");
        assertEquals(Optional.of("“Max uses” must be between -128 and 127."), check(range("xs:byte", "500", null), "600"),
                "the datatype's own bounds still count");
        assertEquals(Optional.empty(), check(range("xs:date", "tomorrow", "2026-13-45"), "2020-01-01"));
        assertEquals(Optional.empty(), check(typed("xs:string", Method.REGEX, "[a-"), "anything"));
        assertEquals(Optional.empty(), check(typed("xs:string", Method.REGEX, "\\i\\c*"), "xml-name"),
                "XML Schema escapes that Java lacks");
        assertEquals(Optional.empty(), check(typed("xs:string", Method.REGEX, (String) null), "anything"));
        assertEquals(Optional.empty(), check(typed("x:custom", Method.RANGE, "1", "2"), "99"));
        FormField negativeItems = FormField.of("g", FieldType.TEXT_MULTI, "G")
                .withValidation(new Validation(null, Method.BASIC, null, null, null, -3, -1));
        assertEquals(Optional.empty(), check(negativeItems, "a", "b"));
        FormField itemsReversed = FormField.of("g", FieldType.TEXT_MULTI, "G")
                .withValidation(new Validation(null, Method.BASIC, null, null, null, 5, 2));
        assertEquals(Optional.empty(), check(itemsReversed, "a", "b", "c"));
    }

    @Test
    void patternsThatNeverFinishAreGivenUpQuickly() {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            assertEquals(Optional.empty(), check(typed("xs:string", Method.REGEX, "(a+)+b"), "a".repeat(5_000)));
            assertEquals(Optional.empty(), check(typed("xs:string", Method.REGEX, "(a|b)*"), "ab".repeat(100_000)));
        });
    }

    @Test
    void hugeNumbersAreCheckedQuickly() {
        String digits = "9".repeat(1_000_000);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            assertEquals(Optional.empty(), check(typed("xs:integer", Method.BASIC), digits));
            assertEquals(Optional.of("“Max uses” must be at most 100."),
                    check(range("xs:integer", null, "100"), digits));
            assertEquals(Optional.of("“Field” must be between -2147483648 and 2147483647."),
                    check(typed("xs:int", Method.BASIC), "-" + digits));
            assertEquals(Optional.of("“Field” must be a number like 12.5."),
                    check(typed("xs:decimal", Method.BASIC), digits + ".5.5"));
        });
    }

    private static Stream<Arguments> cases(String datatype, String... values) {
        return Arrays.stream(values).map(v -> Arguments.of(datatype, v));
    }
}
