package org.invitemanager.domain.form;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks what the admin entered against a field's type (XEP-0004), required marker, options and XEP-0122 hint before
 * the form is sent, so mistakes show next to the field instead of as a server error after the round trip.
 *
 * <p>Blank values count as no value: an emptied text box leaves one behind, and the admin sees nothing there. Fixed
 * and hidden fields are never checked; the admin cannot change them, and hidden ones go back exactly as they came.
 * Parts of a hint the app cannot use are skipped, as {@link HintCheck} explains. Nothing here throws, whatever the
 * values or the server's hints.
 */
public final class FormValidator {

    private static final String LINE_BREAKS = "\n\r\u0085\u2028\u2029";
    private static final Set<String> BOOLEAN_VALUES = Set.of("0", "1", "true", "false");

    private FormValidator() {
    }

    /**
     * The first problem with these values for this field, as a sentence for the admin that names the field by its
     * label; empty when they are fine.
     */
    public static Optional<String> problem(FormField field, List<String> values) {
        if (field == null || !field.type().isEditable()) {
            return Optional.empty();
        }
        List<String> given = values == null ? List.of()
                : values.stream().filter(v -> v != null && !v.isBlank()).toList();
        return firstProblem(field, given).map(Wording::sentence);
    }

    /** The first problem of each submitted field, by var; empty when every field is fine. */
    public static Map<String, String> problems(XDataForm form, Map<String, List<String>> answers) {
        Map<String, String> found = new LinkedHashMap<>();
        if (form == null) {
            return found;
        }
        Map<String, List<String>> given = answers == null ? Map.of() : answers;
        for (FormField field : form.fields()) {
            if (field.isSubmitted() && !found.containsKey(field.var())) {
                problem(field, given.get(field.var())).ifPresent(text -> found.put(field.var(), text));
            }
        }
        return found;
    }

    private static Optional<String> firstProblem(FormField field, List<String> given) {
        String name = Wording.field(field);
        FieldType type = field.type();
        if (given.isEmpty()) {
            return field.required() ? Optional.of(name + " is required.") : Optional.empty();
        }
        if (!type.isMultiValued() && given.size() > 1) {
            return Optional.of(name + " takes only one value.");
        }
        for (String value : given) {
            Optional<String> found = valueProblem(field, value, name);
            if (found.isPresent()) {
                return found;
            }
        }
        Optional<String> repeated = switch (type) {
            case JID_MULTI -> firstRepeated(given, Jids::comparisonKey);
            case LIST_MULTI -> firstRepeated(given, Function.identity());
            default -> Optional.empty();
        };
        if (repeated.isPresent()) {
            return Optional.of(name + " lists " + Wording.quote(repeated.get()) + " twice.");
        }
        return type.isMultiValued() ? itemCountProblem(field, given.size(), name) : Optional.empty();
    }

    private static Optional<String> valueProblem(FormField field, String value, String name) {
        Optional<String> unsendable = unsendableCharacter(value);
        if (unsendable.isPresent()) {
            return Optional.of(name + " contains a character that cannot be sent (" + unsendable.get() + ").");
        }
        FieldType type = field.type();
        if ((type == FieldType.TEXT_SINGLE || type == FieldType.TEXT_PRIVATE) && containsLineBreak(value)) {
            return Optional.of(name + " must be a single line.");
        }
        if (type == FieldType.BOOLEAN && !BOOLEAN_VALUES.contains(value)) {
            return Optional.of(name + " must be true or false.");
        }
        if (type == FieldType.JID_SINGLE || type == FieldType.JID_MULTI) {
            Optional<String> reason = Jids.problem(value);
            if (reason.isPresent()) {
                return Optional.of(type == FieldType.JID_SINGLE
                        ? name + " must be an address like user@example.org; this one " + reason.get() + "."
                        : name + " must hold addresses like user@example.org; " + Wording.quote(value) + " "
                          + reason.get() + ".");
            }
        }
        if (mustBeAnOption(field) && field.options().stream().noneMatch(o -> o.value().equals(value))) {
            return Optional.of(Wording.quote(value) + " is not one of the choices for " + name + ".");
        }
        return field.validation() == null ? Optional.empty() : HintCheck.problem(field.validation(), value, name);
    }

    private static boolean mustBeAnOption(FormField field) {
        boolean isList = field.type() == FieldType.LIST_SINGLE || field.type() == FieldType.LIST_MULTI;
        boolean open = field.validation() != null && field.validation().method() == Validation.Method.OPEN;
        return isList && !field.options().isEmpty() && !open;
    }

    private static Optional<String> itemCountProblem(FormField field, int count, String name) {
        Validation hint = field.validation();
        if (hint == null) {
            return Optional.empty();
        }
        Integer min = usableItemCount(hint.minItems());
        Integer max = usableItemCount(hint.maxItems());
        if (min != null && max != null && min > max) {
            return Optional.empty();
        }
        if (min != null && count < min) {
            return Optional.of(howMany(field, "at least", min) + " for " + name + ".");
        }
        if (max != null && count > max) {
            return Optional.of(howMany(field, "at most", max) + " for " + name + ".");
        }
        return Optional.empty();
    }

    private static String howMany(FormField field, String bound, int count) {
        if (field.type() == FieldType.LIST_MULTI) {
            return "Pick " + bound + " " + count;
        }
        return "Enter " + bound + " " + count + (count == 1 ? " value" : " values");
    }

    private static Integer usableItemCount(Integer count) {
        return count != null && count >= 0 ? count : null;
    }

    private static Optional<String> firstRepeated(List<String> values, Function<String, String> key) {
        Set<String> seen = new HashSet<>();
        return values.stream().filter(v -> !seen.add(key.apply(v))).findFirst();
    }

    /**
     * The first character XML 1.0 cannot carry, as U+XXXX; the server would drop the connection over it. Tabs and line
     * breaks are fine.
     */
    private static Optional<String> unsendableCharacter(String value) {
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            i += Character.charCount(c);
            boolean allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
            if (!allowed) {
                return Optional.of(String.format(Locale.ROOT, "U+%04X", c));
            }
        }
        return Optional.empty();
    }

    private static boolean containsLineBreak(String value) {
        return value.chars().anyMatch(c -> LINE_BREAKS.indexOf(c) >= 0);
    }
}
