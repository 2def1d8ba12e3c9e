package org.invitemanager.domain.form;

import java.util.List;
import java.util.Objects;

/**
 * One field of a data form (XEP-0004).
 *
 * @param var         the name the value is sent back under; null for fixed text, and for a broken field the server
 *                    sent without one (such a field is shown but cannot be sent)
 * @param type        how it is shown; an unknown type reads as {@link FieldType#TEXT_SINGLE}
 * @param typeName    the type exactly as the server named it, or null when it named none
 * @param label       the server's label, or null
 * @param description the server's help text ({@code <desc/>}), or null
 * @param required    whether the server marked it {@code <required/>}
 * @param values      its values: the defaults of a form, the answers of a result
 * @param options     the choices of a list field, in the server's order
 * @param validation  its XEP-0122 hint, or null
 */
public record FormField(String var, FieldType type, String typeName, String label, String description,
                        boolean required, List<String> values, List<FormOption> options, Validation validation) {

    public FormField {
        Objects.requireNonNull(type, "type");
        values = List.copyOf(values);
        options = List.copyOf(options);
    }

    /** A field with just a name, type, label and values, as tests and simple callers need. */
    public static FormField of(String var, FieldType type, String label, String... values) {
        return new FormField(var, type, type.wireName(), label, null, false, List.of(values), List.of(), null);
    }

    /** What the admin reads next to the field: its label, else its var. */
    public String displayLabel() {
        if (label != null && !label.isBlank()) {
            return label.strip();
        }
        return var == null ? "" : var;
    }

    /** Whether the field's values go back to the server when the form is submitted. */
    public boolean isSubmitted() {
        return var != null && type != FieldType.FIXED;
    }

    /** The first value, or null. */
    public String firstValue() {
        return values.isEmpty() ? null : values.get(0);
    }

    public FormField withValues(List<String> newValues) {
        return new FormField(var, type, typeName, label, description, required, newValues, options, validation);
    }

    public FormField withRequired(boolean newRequired) {
        return new FormField(var, type, typeName, label, description, newRequired, values, options, validation);
    }

    public FormField withOptions(List<FormOption> newOptions) {
        return new FormField(var, type, typeName, label, description, required, values, newOptions, validation);
    }

    public FormField withValidation(Validation newValidation) {
        return new FormField(var, type, typeName, label, description, required, values, options, newValidation);
    }

    public FormField withDescription(String newDescription) {
        return new FormField(var, type, typeName, label, newDescription, required, values, options, validation);
    }
}
