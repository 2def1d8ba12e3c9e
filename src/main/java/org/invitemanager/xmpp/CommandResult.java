package org.invitemanager.xmpp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.invitemanager.domain.command.CommandStatus;
import org.invitemanager.domain.command.CommandStep;
import org.invitemanager.domain.form.FormField;
import org.invitemanager.domain.form.XDataForm;

/**
 * What an ad-hoc command answered, copied out of Smack's types so the invite parser can be tested on plain values.
 *
 * @param status   {@code completed}, {@code executing} or {@code canceled}, lower case; empty when absent
 * @param notes    the command's notes, in order
 * @param formType the first data form's type ({@code form}, {@code result} …), or null when there is no form
 * @param fields   the first data form's fields by var, each with its values; fields without a value map to empty lists
 * @param items    the first data form's table rows ({@code <item>}), each a map of var to values, in order
 */
public record CommandResult(String status, List<Note> notes, String formType, Map<String, List<String>> fields,
                            List<Map<String, List<String>>> items) {

    public CommandResult {
        notes = List.copyOf(notes);
        fields = Map.copyOf(fields);
        items = items.stream().map(Map::copyOf).toList();
    }

    public CommandResult(String status, List<Note> notes, String formType, Map<String, List<String>> fields) {
        this(status, notes, formType, fields, List.of());
    }

    /** The values of a command's answer, with the first form's fields and table rows by var. */
    public static CommandResult of(CommandStep step) {
        List<Note> notes = step.notes().stream()
                .map(note -> new Note(note.severity().wireName(), note.text())).toList();
        XDataForm form = step.form();
        if (form == null) {
            return new CommandResult(statusName(step.status()), notes, null, Map.of(), List.of());
        }
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (FormField field : form.fields()) {
            if (field.var() != null) {
                fields.putIfAbsent(field.var(), field.values());
            }
        }
        return new CommandResult(statusName(step.status()), notes, form.type().toLowerCase(Locale.ROOT), fields,
                form.rows());
    }

    private static String statusName(CommandStatus status) {
        return status == CommandStatus.UNKNOWN ? "" : status.name().toLowerCase(Locale.ROOT);
    }

    /** The first error note's text, if the command reported one. */
    public java.util.Optional<String> errorNote() {
        return notes.stream().filter(Note::isError).map(Note::text).findFirst();
    }

    /** An XEP-0050 note; {@code type} is {@code info}, {@code warn} or {@code error}. */
    public record Note(String type, String text) {
        public boolean isError() {
            return "error".equals(type);
        }
    }

    public boolean hasForm() {
        return formType != null;
    }

    /** The first non-blank value of the field, or null. */
    public String firstValue(String var) {
        List<String> values = fields.get(var);
        if (values == null) {
            return null;
        }
        return values.stream().filter(v -> v != null && !v.isBlank()).findFirst().map(String::trim).orElse(null);
    }
}
