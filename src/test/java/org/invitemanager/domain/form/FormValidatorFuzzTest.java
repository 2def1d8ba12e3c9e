package org.invitemanager.domain.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.invitemanager.domain.form.Validation.Method;
import org.junit.jupiter.api.Test;

/** Random values, odd and huge, against every field type and datatype: the validator answers and never throws. */
class FormValidatorFuzzTest {

    private static final int STRINGS = 2_000;
    private static final List<String> DATATYPES = List.of("xs:string", "xs:boolean", "xs:byte", "xs:short", "xs:int",
            "xs:long", "xs:integer", "xs:nonNegativeInteger", "xs:positiveInteger", "xs:nonPositiveInteger",
            "xs:negativeInteger", "xs:unsignedByte", "xs:unsignedShort", "xs:unsignedInt", "xs:unsignedLong",
            "xs:decimal", "xs:double", "xs:float", "xs:date", "xs:dateTime", "xs:time", "xs:anyURI", "xs:language",
            "x:custom", "");
    private static final List<String> ALPHABETS = List.of("0123456789", "0123456789+-.eE", "0123456789-:TZ+.",
            "abcdefghijklmnopqrstuvwxyzABC-", "@/.[]:\"&'<>abc", " \t\n\r\u00A0\u2028", "INFaNtrueflsx", "€ßü中文🙂");
    private static final List<String> NEAR_VALUES = List.of("42", "-128", "2026-12-31", "2026-12-31T23:59:00Z",
            "23:59:00", "1.5E3", "INF", "NaN", "true", "0", "en-GB", "https://example.org/", "alice@example.org/r",
            "red", "blue");
    // Bounds that suit some datatypes and are unreadable for the others, which must be harmless too.
    private static final List<String[]> RANGES = List.of(new String[] {"1", "100"}, new String[] {"-1.5", "2.25"},
            new String[] {"2026-01-01", "2026-12-31"}, new String[] {"09:00:00", null},
            new String[] {null, "2026-12-31T00:00:00Z"}, new String[] {"abc", "1e3"});
    private static final List<String> PATTERNS = List.of("[a-z0-9@.:-]{1,30}", "\\d+", "[a-", "(a|b)*c", "\\i\\c*");

    @Test
    void randomValuesNeverMakeTheValidatorThrow() {
        Random random = new Random(20_260_101L);
        assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
            for (int i = 0; i < STRINGS; i++) {
                List<String> values = randomValues(random);
                Method method = Method.values()[i % Method.values().length];
                String[] range = RANGES.get(i % RANGES.size());
                String pattern = PATTERNS.get(i % PATTERNS.size());
                Integer minItems = i % 7 == 0 ? null : random.nextInt(5) - 1;
                Integer maxItems = i % 5 == 0 ? null : random.nextInt(5) - 1;
                for (FieldType type : FieldType.values()) {
                    for (String datatype : DATATYPES) {
                        Validation hint = new Validation(datatype, method, range[0], range[1], pattern, minItems,
                                maxItems);
                        FormField field = FormField.of("fuzz", type, "Fuzz").withRequired(i % 2 == 0)
                                .withOptions(FormFixtures.COLOURS).withValidation(hint);
                        assertAnswersSensibly(field, values);
                    }
                    assertAnswersSensibly(FormField.of("fuzz", type, "Fuzz"), values);
                }
            }
        });
    }

    @Test
    void randomAddressesGetAnAnswer() {
        Random random = new Random(7L);
        for (int i = 0; i < STRINGS; i++) {
            String jid = randomString(random);
            Optional<String> problem = Jids.problem(jid);
            assertNotNull(problem);
            assertEquals(problem.isEmpty(), Jids.isValid(jid));
            problem.ifPresent(reason -> assertTrue(reason.startsWith("has ") || reason.startsWith("starts ")
                    || reason.equals("is empty"), reason));
        }
    }

    @Test
    void randomAnswersToAWholeFormGetAnAnswerPerField() {
        Random random = new Random(42L);
        List<FormField> fields = new ArrayList<>();
        for (FieldType type : FieldType.values()) {
            fields.add(FormField.of(type.wireName(), type, "Fuzz").withOptions(FormFixtures.COLOURS)
                    .withValidation(new Validation("xs:int", Method.RANGE, "1", "9", null, 1, 2)));
        }
        XDataForm form = XDataForm.of("form", fields);
        for (int i = 0; i < STRINGS / 10; i++) {
            Map<String, List<String>> answers = new LinkedHashMap<>();
            for (FieldType type : FieldType.values()) {
                answers.put(type.wireName(), randomValues(random));
            }
            Map<String, String> problems = FormValidator.problems(form, answers);
            assertTrue(!problems.containsKey("fixed") && !problems.containsKey("hidden"), problems.toString());
            problems.values().forEach(message -> assertTrue(message.contains("“Fuzz”"), message));
        }
    }

    private static void assertAnswersSensibly(FormField field, List<String> values) {
        Optional<String> problem = FormValidator.problem(field, values);
        assertNotNull(problem);
        if (!field.type().isEditable()) {
            assertEquals(Optional.empty(), problem, "fixed and hidden fields are not checked");
            return;
        }
        problem.ifPresent(message -> {
            assertTrue(message.contains("“Fuzz”"), message);
            assertTrue(message.endsWith("."), message);
            assertTrue(message.length() < 300, "values are shortened: " + message.length());
            assertTrue(message.codePoints().noneMatch(c -> Character.isISOControl(c)
                    || Character.getType(c) == Character.SURROGATE), "no raw control characters: " + message);
        });
    }

    private static List<String> randomValues(Random random) {
        int count = random.nextInt(10) < 7 ? 1 : random.nextInt(4);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int kind = random.nextInt(20);
            values.add(kind == 0 ? null : kind == 1 ? "" : randomString(random));
        }
        return values;
    }

    private static String randomString(Random random) {
        if (random.nextInt(5) == 0) {
            return mutate(NEAR_VALUES.get(random.nextInt(NEAR_VALUES.size())), random);
        }
        int length = random.nextInt(100) < 2 ? 5_000 + random.nextInt(30_000) : random.nextInt(40);
        String alphabet = ALPHABETS.get(random.nextInt(ALPHABETS.size()));
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            switch (random.nextInt(20)) {
                case 0 -> text.append(randomControlCharacter(random));
                case 1 -> text.append((char) (0xD800 + random.nextInt(0x800)));
                case 2 -> text.appendCodePoint(random.nextInt(Character.MAX_CODE_POINT + 1));
                default -> text.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0,
                        random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
            }
        }
        return text.toString();
    }

    private static char randomControlCharacter(Random random) {
        return (char) (random.nextBoolean() ? random.nextInt(0x20) : 0x7F + random.nextInt(0x21));
    }

    private static String mutate(String value, Random random) {
        StringBuilder text = new StringBuilder(value);
        int position = random.nextInt(text.length() + 1);
        switch (random.nextInt(3)) {
            case 0 -> text.insert(position, (char) random.nextInt(0x3000));
            case 1 -> text.deleteCharAt(Math.min(position, text.length() - 1));
            default -> text.append(value.repeat(random.nextInt(3)));
        }
        return text.toString();
    }
}
