package org.invitemanager.domain.form;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values to send back for a form, starting from what the server put in it (defaults and hidden fields), so a
 * caller that knows a few fields can fill just those.
 */
public final class FormAnswers {

    private final XDataForm form;
    private final Map<String, List<String>> values;

    public FormAnswers(XDataForm form) {
        this.form = form;
        this.values = new LinkedHashMap<>(form.currentValues());
    }

    public XDataForm form() {
        return form;
    }

    public boolean has(String var) {
        return form.field(var).filter(FormField::isSubmitted).isPresent();
    }

    /**
     * Sets a field's values.
     *
     * @throws IllegalArgumentException when the form has no such field to send
     */
    public FormAnswers set(String var, String... newValues) {
        return set(var, Arrays.asList(newValues));
    }

    public FormAnswers set(String var, List<String> newValues) {
        if (!has(var)) {
            throw new IllegalArgumentException("The form has no field \"" + var + "\".");
        }
        values.put(var, List.copyOf(newValues));
        return this;
    }

    public FormAnswers set(String var, boolean value) {
        return set(var, value ? "true" : "false");
    }

    /** Sets the field when both the value and the field exist; servers differ in which optional fields they show. */
    public FormAnswers setIfPresent(String var, String value) {
        if (value != null && has(var)) {
            set(var, value);
        }
        return this;
    }

    public List<String> get(String var) {
        return values.getOrDefault(var, List.of());
    }

    /** The values to submit, by var, in the form's order. */
    public Map<String, List<String>> values() {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        values.forEach((var, list) -> copy.put(var, List.copyOf(list)));
        return Collections.unmodifiableMap(copy);
    }

    /** The required fields that would go back without a value, by label. */
    public List<String> missingRequired() {
        List<String> missing = new ArrayList<>();
        for (FormField field : form.fields()) {
            if (field.required() && field.isSubmitted()
                    && get(field.var()).stream().allMatch(v -> v == null || v.isBlank())) {
                missing.add(field.displayLabel());
            }
        }
        return missing;
    }
}
