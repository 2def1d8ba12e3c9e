package org.invitemanager.domain.form;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.invitemanager.domain.form.Validation.Method;

/** Small builders shared by the validator tests. */
final class FormFixtures {

    static final List<FormOption> COLOURS =
            List.of(new FormOption("Red", "red"), new FormOption("Green", "green"), new FormOption(null, "blue"));

    private FormFixtures() {
    }

    static FormField field(FieldType type) {
        return FormField.of("field", type, "Field");
    }

    static FormField typed(String datatype, Method method, String... regexOrBounds) {
        String first = regexOrBounds.length > 0 ? regexOrBounds[0] : null;
        String second = regexOrBounds.length > 1 ? regexOrBounds[1] : null;
        Validation hint = method == Method.REGEX
                ? new Validation(datatype, method, null, null, first, null, null)
                : new Validation(datatype, method, first, second, null, null, null);
        return field(FieldType.TEXT_SINGLE).withValidation(hint);
    }

    static FormField range(String datatype, String min, String max) {
        return FormField.of("max", FieldType.TEXT_SINGLE, "Max uses")
                .withValidation(new Validation(datatype, Method.RANGE, min, max, null, null, null));
    }

    static Optional<String> check(FormField field, String... values) {
        return FormValidator.problem(field, values(values));
    }

    /** A list that, unlike {@link List#of}, may hold nulls, as answers from a UI might. */
    static List<String> values(String... values) {
        return Arrays.asList(values);
    }
}
