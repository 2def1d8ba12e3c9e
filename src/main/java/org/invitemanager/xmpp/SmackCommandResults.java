package org.invitemanager.xmpp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jivesoftware.smackx.commands.AdHocCommandNote;
import org.jivesoftware.smackx.xdata.FormField;
import org.jivesoftware.smackx.xdata.packet.DataForm;

/** Copies a Smack ad-hoc command's answer into a {@link CommandResult}. */
final class SmackCommandResults {

    private SmackCommandResults() {
    }

    static CommandResult of(String status, List<AdHocCommandNote> smackNotes, DataForm form) {
        List<CommandResult.Note> notes = new ArrayList<>();
        for (AdHocCommandNote note : smackNotes) {
            String type = note.getType() == null ? "info" : note.getType().name().toLowerCase(Locale.ROOT);
            notes.add(new CommandResult.Note(type, note.getValue() == null ? "" : note.getValue()));
        }
        String formType = null;
        Map<String, List<String>> fields = Map.of();
        List<Map<String, List<String>>> items = new ArrayList<>();
        if (form != null) {
            formType = form.getType() == null ? "" : form.getType().name().toLowerCase(Locale.ROOT);
            fields = valuesByVar(form.getFields());
            for (DataForm.Item item : form.getItems()) {
                items.add(valuesByVar(item.getFields()));
            }
        }
        return new CommandResult(status.toLowerCase(Locale.ROOT), notes, formType, fields, items);
    }

    private static Map<String, List<String>> valuesByVar(List<? extends FormField> formFields) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (FormField field : formFields) {
            if (field.getFieldName() != null) {
                values.putIfAbsent(field.getFieldName(), List.copyOf(field.getValuesAsString()));
            }
        }
        return values;
    }
}
