package org.invitemanager.domain.form;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A data form (XEP-0004) as the server sent it, in plain values.
 *
 * @param type         {@code form}, {@code result}, {@code submit} or {@code cancel}, as sent (may be empty)
 * @param title        the form's title, or null
 * @param instructions its instruction lines
 * @param fields       its fields, in order
 * @param columns      the {@code <reported/>} columns of a table result; empty when it is no table
 * @param rows         the table's {@code <item/>} rows, each var to values
 * @param problems     what was wrong with the form as sent (a field without a var, an unknown type…), in words for
 *                     the admin; the form is still usable apart from those parts
 */
public record XDataForm(String type, String title, List<String> instructions, List<FormField> fields,
                        List<FormField> columns, List<Map<String, List<String>>> rows, List<String> problems) {

    public static final String FORM_TYPE = "FORM_TYPE";

    public XDataForm {
        type = type == null ? "" : type;
        instructions = List.copyOf(instructions);
        fields = List.copyOf(fields);
        columns = List.copyOf(columns);
        rows = rows.stream().map(XDataForm::copyRow).toList();
        problems = List.copyOf(problems);
    }

    /** A form of {@code type} with only these fields. */
    public static XDataForm of(String type, List<FormField> fields) {
        return new XDataForm(type, null, List.of(), fields, List.of(), List.of(), List.of());
    }

    /** The first field named {@code var}. */
    public Optional<FormField> field(String var) {
        return fields.stream().filter(f -> var.equals(f.var())).findFirst();
    }

    /** The first non-blank value of the field named {@code var}, trimmed; null when there is none. */
    public String firstValue(String var) {
        return field(var).flatMap(f -> f.values().stream().filter(v -> v != null && !v.isBlank()).findFirst())
                .map(String::strip).orElse(null);
    }

    /** The value of the hidden FORM_TYPE field that names the form's schema, or null. */
    public String formType() {
        return firstValue(FORM_TYPE);
    }

    public boolean isTable() {
        return !columns.isEmpty() || !rows.isEmpty();
    }

    /** The values the form would send back untouched: every submitted field's current values, by var. */
    public Map<String, List<String>> currentValues() {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (FormField field : fields) {
            if (field.isSubmitted()) {
                values.putIfAbsent(field.var(), field.values());
            }
        }
        return values;
    }

    private static Map<String, List<String>> copyRow(Map<String, List<String>> row) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        row.forEach((var, values) -> copy.put(var, List.copyOf(values)));
        return java.util.Collections.unmodifiableMap(copy);
    }
}
