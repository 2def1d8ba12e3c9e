package org.invitemanager.ui.commands;

import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import org.invitemanager.domain.form.FormField;
import org.invitemanager.domain.form.Validation;
import org.invitemanager.ui.Texts;

/** One line of text; a field of an unknown type arrives here too. The prompt says what the server expects. */
final class TextSingleEditor implements FieldEditor {

    private final TextField text = new TextField();

    TextSingleEditor(FieldInput input) {
        text.setText(input.text());
        text.setPromptText(hint(input.field()));
        text.textProperty().addListener((obs, old, now) -> input.setText(now));
    }

    @Override
    public Node node() {
        return text;
    }

    @Override
    public Node focusTarget() {
        return text;
    }

    /** An example or a short description of the expected value, from the XEP-0122 hint; empty without one. */
    static String hint(FormField field) {
        Validation validation = field.validation();
        if (validation == null) {
            return "";
        }
        String kind = datatypeHint(validation.datatype());
        String range = validation.method() == Validation.Method.RANGE ? rangeHint(validation) : "";
        if (kind.isEmpty() || range.isEmpty()) {
            return kind + range;
        }
        return Texts.format("commands.hint.kindAndRange", kind, range);
    }

    private static String datatypeHint(String datatype) {
        String type = datatype.toLowerCase(Locale.ROOT);
        type = type.substring(type.indexOf(':') + 1);
        return switch (type) {
            case "integer", "int", "long", "short", "byte", "nonnegativeinteger", "positiveinteger",
                 "unsignedint", "unsignedlong", "unsignedshort", "unsignedbyte" ->
                    Texts.get("commands.hint.wholeNumber");
            case "decimal", "double", "float" -> Texts.get("commands.hint.number");
            case "datetime" -> "2026-12-31T18:00:00Z";
            case "date" -> "2026-12-31";
            case "time" -> "18:00:00";
            case "boolean" -> Texts.get("commands.hint.boolean");
            case "anyuri" -> "https://example.org/";
            case "language" -> "en";
            default -> "";
        };
    }

    private static String rangeHint(Validation validation) {
        boolean min = validation.min() != null && !validation.min().isBlank();
        boolean max = validation.max() != null && !validation.max().isBlank();
        if (min && max) {
            return Texts.format("commands.hint.range", validation.min().strip(), validation.max().strip());
        }
        if (min) {
            return Texts.format("commands.hint.atLeast", validation.min().strip());
        }
        return max ? Texts.format("commands.hint.atMost", validation.max().strip()) : "";
    }
}
