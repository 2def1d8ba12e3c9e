package org.invitemanager.domain.form;

import static org.invitemanager.domain.form.FormFixtures.COLOURS;
import static org.invitemanager.domain.form.FormFixtures.check;
import static org.invitemanager.domain.form.FormFixtures.field;
import static org.invitemanager.domain.form.FormFixtures.values;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.invitemanager.domain.form.Validation.Method;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The XEP-0004 side of {@link FormValidator}: required fields, field types, lists, and whole forms. */
class FormValidatorTest {

    @ParameterizedTest
    @EnumSource(value = FieldType.class, names = {"FIXED", "HIDDEN"}, mode = EnumSource.Mode.EXCLUDE)
    void requiredFieldWithoutAValueIsReported(FieldType type) {
        FormField field = field(type).withRequired(true);

        List<List<String>> blanks = List.of(List.of(), List.of(""), List.of("  ", "\t"), values((String) null));
        for (List<String> nothing : blanks) {
            assertEquals(Optional.of("“Field” is required."), FormValidator.problem(field, nothing), nothing::toString);
        }
        assertEquals(Optional.of("“Field” is required."), FormValidator.problem(field, null));
    }

    @ParameterizedTest
    @EnumSource(value = FieldType.class, names = {"FIXED", "HIDDEN"}, mode = EnumSource.Mode.EXCLUDE)
    void optionalFieldWithoutAValueIsFineWhateverItsHint(FieldType type) {
        FormField field = field(type).withOptions(COLOURS)
                .withValidation(new Validation("xs:int", Method.RANGE, "5", "9", null, 2, 3));

        assertEquals(Optional.empty(), check(field));
        assertEquals(Optional.empty(), check(field, "", " "));
    }

    @ParameterizedTest
    @EnumSource(value = FieldType.class, names = {"FIXED", "HIDDEN"})
    void fixedAndHiddenFieldsAreNeverChecked(FieldType type) {
        FormField field = field(type).withRequired(true).withOptions(COLOURS)
                .withValidation(new Validation("xs:int", Method.REGEX, null, null, "\\d", null, null));

        assertEquals(Optional.empty(), check(field));
        assertEquals(Optional.empty(), check(field, "not a number", "second\nvalue"));
    }

    @Test
    void aFieldWithoutLabelIsNamedByItsVarOrAsThisField() {
        FormField byVar = FormField.of("max-uses", FieldType.TEXT_SINGLE, null).withRequired(true);
        FormField nameless = FormField.of(null, FieldType.LIST_MULTI, " ").withOptions(COLOURS);

        assertEquals(Optional.of("“max-uses” is required."), check(byVar));
        assertEquals(Optional.of("“pink” is not one of the choices for this field."), check(nameless, "pink"));
        assertEquals(Optional.of("This field lists “red” twice."), check(nameless, "red", "red"));
    }

    @ParameterizedTest
    @EnumSource(value = FieldType.class, names = {"BOOLEAN", "JID_SINGLE", "LIST_SINGLE", "TEXT_PRIVATE",
        "TEXT_SINGLE"})
    void singleValuedFieldsTakeOneValue(FieldType type) {
        FormField field = field(type);

        assertEquals(Optional.of("“Field” takes only one value."), check(field, "1", "0"));
        assertEquals(Optional.empty(), check(field, "", "1", null), "blank entries are not values");
    }

    @ParameterizedTest
    @EnumSource(value = FieldType.class, names = {"JID_MULTI", "LIST_MULTI", "TEXT_MULTI"})
    void multiValuedFieldsTakeSeveralValues(FieldType type) {
        assertEquals(Optional.empty(), check(field(type), "a@example.org", "b@example.org", "c@example.org"));
    }

    @Test
    void booleanTakesOnlyTheFourWireForms() {
        FormField field = field(FieldType.BOOLEAN);

        for (String value : List.of("0", "1", "true", "false")) {
            assertEquals(Optional.empty(), check(field, value), value);
        }
        for (String value : List.of("yes", "TRUE", "True", " true", "2", "on")) {
            assertEquals(Optional.of("“Field” must be true or false."), check(field, value), value);
        }
    }

    @ParameterizedTest
    @EnumSource(value = FieldType.class, names = {"TEXT_SINGLE", "TEXT_PRIVATE"})
    void singleLineTextMustNotBreakLines(FieldType type) {
        FormField field = field(type);

        assertEquals(Optional.empty(), check(field, "one line, with\ttab"));
        for (String value : List.of("two\nlines", "two\rlines", "two\r\nlines", "two\u2028lines")) {
            assertEquals(Optional.of("“Field” must be a single line."), check(field, value), value);
        }
    }

    @Test
    void textMultiTakesOneLinePerValueAndRepeats() {
        assertEquals(Optional.empty(), check(field(FieldType.TEXT_MULTI), "line", "", "line", "last line"));
    }

    @Test
    void characterXmlCannotCarryIsReportedBeforeAnythingElse() {
        assertEquals(Optional.of("“Field” contains a character that cannot be sent (U+0007)."),
                check(field(FieldType.TEXT_SINGLE), "bell\u0007"));
        assertEquals(Optional.of("“Field” contains a character that cannot be sent (U+D83D)."),
                check(field(FieldType.TEXT_MULTI), "fine", "half \uD83D emoji"));
        assertEquals(Optional.of("“Field” contains a character that cannot be sent (U+FFFF)."),
                check(field(FieldType.LIST_SINGLE).withOptions(COLOURS), "\uFFFF"));
        assertEquals(Optional.empty(), check(field(FieldType.TEXT_SINGLE), "emoji \uD83D\uDE00 ok"));
    }

    @Test
    void jidSingleSaysWhatIsWrongWithTheAddress() {
        FormField field = FormField.of("jid", FieldType.JID_SINGLE, "Owner");

        assertEquals(Optional.empty(), check(field, "alice@example.org"));
        assertEquals(Optional.of("“Owner” must be an address like user@example.org; this one has a space."),
                check(field, "alice smith@example.org"));
        assertEquals(Optional.of("“Owner” must be an address like user@example.org; this one has two @."),
                check(field, "a@b@example.org"));
        assertEquals(Optional.of("“Owner” must be an address like user@example.org; this one has no domain."),
                check(field, "alice@"));
    }

    @Test
    void jidMultiNamesTheBadAddressAndRefusesDuplicates() {
        FormField field = FormField.of("members", FieldType.JID_MULTI, "Members");

        assertEquals(Optional.of("“Members” must hold addresses like user@example.org; “@example.org” has nothing "
                + "before the @."), check(field, "alice@example.org", "@example.org"));
        assertEquals(Optional.of("“Members” lists “Alice@Example.org” twice."),
                check(field, "alice@example.org", "bob@example.org", "Alice@Example.org"));
        assertEquals(Optional.empty(), check(field, "alice@example.org/a", "alice@example.org/b"));
    }

    @Test
    void listSingleTakesOnlyItsOptions() {
        FormField field = FormField.of("colour", FieldType.LIST_SINGLE, "Colour").withOptions(COLOURS);

        assertEquals(Optional.empty(), check(field, "blue"));
        assertEquals(Optional.of("“Red” is not one of the choices for “Colour”."), check(field, "Red"),
                "the label is not the value");
        assertEquals(Optional.of("“pink” is not one of the choices for “Colour”."), check(field, "pink"));
    }

    @Test
    void openListTakesAnyValueAndAListWithoutOptionsToo() {
        FormField open = FormField.of("colour", FieldType.LIST_SINGLE, "Colour").withOptions(COLOURS)
                .withValidation(new Validation(null, Method.OPEN, null, null, null, null, null));

        assertEquals(Optional.empty(), check(open, "pink"));
        assertEquals(Optional.empty(), check(FormField.of("c", FieldType.LIST_MULTI, "C"), "anything", "else"));
    }

    @Test
    void basicListWithADatatypeChecksBothOptionsAndType() {
        FormField field = FormField.of("n", FieldType.LIST_SINGLE, "Size")
                .withOptions(List.of(new FormOption(null, "1"), new FormOption(null, "x")))
                .withValidation(new Validation("xs:int", Method.BASIC, null, null, null, null, null));

        assertEquals(Optional.of("“2” is not one of the choices for “Size”."), check(field, "2"));
        assertEquals(Optional.of("“Size” must be a whole number."), check(field, "x"));
        assertEquals(Optional.empty(), check(field, "1"));
    }

    @Test
    void listMultiRefusesDuplicatesAndForeignValues() {
        FormField field = FormField.of("colours", FieldType.LIST_MULTI, "Colours").withOptions(COLOURS);

        assertEquals(Optional.empty(), check(field, "red", "blue"));
        assertEquals(Optional.of("“Colours” lists “red” twice."), check(field, "red", "blue", "red"));
        assertEquals(Optional.of("“pink” is not one of the choices for “Colours”."), check(field, "red", "pink"));
    }

    @Test
    void aLongOrOddValueIsShownShortAndClean() {
        FormField field = FormField.of("colour", FieldType.LIST_SINGLE, "Colour").withOptions(COLOURS);

        String message = check(field, "x".repeat(500)).orElseThrow();
        assertEquals("“" + "x".repeat(39) + "…” is not one of the choices for “Colour”.", message);
        assertEquals(Optional.of("“a\uFFFDb\uFFFDc\uFFFDd” is not one of the choices for “Colour”."),
                check(field, "a\tb\u0085c\u202Ed"));
    }

    @Test
    void problemsCoverEachSubmittedFieldOnce() {
        XDataForm form = XDataForm.of("form", List.of(
                FormField.of(XDataForm.FORM_TYPE, FieldType.HIDDEN, null, "urn:xmpp:invite").withRequired(true),
                FormField.of(null, FieldType.FIXED, "Read this"),
                FormField.of("name", FieldType.TEXT_SINGLE, "Name").withRequired(true),
                FormField.of("uses", FieldType.TEXT_SINGLE, "Max uses")
                        .withValidation(new Validation("xs:int", Method.RANGE, "1", "100", null, null, null)),
                FormField.of("notify", FieldType.BOOLEAN, "Notify"),
                FormField.of("uses", FieldType.TEXT_SINGLE, "Shadowed").withRequired(true),
                FormField.of("note", FieldType.TEXT_MULTI, "Note")));
        Map<String, List<String>> answers = new LinkedHashMap<>();
        answers.put("uses", List.of("500"));
        answers.put("notify", values("maybe"));
        answers.put("note", null);

        Map<String, String> problems = FormValidator.problems(form, answers);

        assertEquals(List.of("name", "uses", "notify"), List.copyOf(problems.keySet()));
        assertEquals("“Name” is required.", problems.get("name"));
        assertEquals("“Max uses” must be between 1 and 100.", problems.get("uses"));
        assertEquals("“Notify” must be true or false.", problems.get("notify"));
        assertEquals(Map.of(), FormValidator.problems(form,
                Map.of("name", List.of("Ann"), "uses", List.of("5"), "notify", List.of("1"))));
        assertEquals(Map.of("name", "“Name” is required.", "uses", "“Shadowed” is required."),
                FormValidator.problems(form, null), "a repeated var is checked again while it has no problem");
    }
}
