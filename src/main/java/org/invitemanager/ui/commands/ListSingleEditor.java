package org.invitemanager.ui.commands;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;
import org.invitemanager.domain.form.FormField;
import org.invitemanager.domain.form.FormOption;
import org.invitemanager.domain.form.Validation;
import org.invitemanager.ui.Texts;

/** One choice among the server's options; an open list also takes typed text. */
final class ListSingleEditor implements FieldEditor {


    private final ComboBox<FormOption> combo = new ComboBox<>();

    /** A value the server holds that is not among its own options, shown so the admin sees it. */
    static String notOffered(String value) {
        return Texts.format("commands.choice.notOffered", value);
    }

    ListSingleEditor(FieldInput input) {
        FormField field = input.field();
        boolean open = field.validation() != null && field.validation().method() == Validation.Method.OPEN;
        String current = input.text();
        List<FormOption> options = new ArrayList<>();
        // Without a way back to no value, a choice made by mistake on an optional field could not be undone.
        if (!field.required() && !open) {
            options.add(new FormOption(Texts.get("commands.choice.none"), ""));
        }
        options.addAll(field.options());
        FormOption selected = options.stream().filter(o -> o.value().equals(current)).findFirst().orElse(null);
        if (selected == null && !current.isEmpty()) {
            // Shown rather than dropped, so the admin sees what the server holds and the validator can flag it.
            selected = new FormOption(open ? null : notOffered(current), current);
            if (!open) {
                options.add(selected);
            }
        }
        combo.getItems().setAll(options);
        combo.setConverter(converter());
        combo.setEditable(open);
        combo.setMaxWidth(Double.MAX_VALUE);
        combo.setPromptText(open ? Texts.get("commands.choice.promptOpen") : Texts.get("commands.choice.prompt"));
        combo.setValue(selected);
        combo.valueProperty().addListener((obs, old, now) -> write(input, now));
        if (open) {
            // An editable combo box commits only on Enter or focus loss; a Send before either must see the text.
            combo.getEditor().textProperty().addListener(
                    (obs, old, now) -> write(input, combo.getConverter().fromString(now)));
        }
    }

    private static void write(FieldInput input, FormOption option) {
        input.setText(option == null ? "" : option.value());
    }

    private StringConverter<FormOption> converter() {
        return new StringConverter<>() {
            @Override
            public String toString(FormOption option) {
                return option == null ? "" : option.display();
            }

            @Override
            public FormOption fromString(String text) {
                if (text == null || text.isEmpty()) {
                    return null;
                }
                return combo.getItems().stream().filter(o -> o.display().equals(text)).findFirst()
                        .orElseGet(() -> new FormOption(null, text));
            }
        };
    }

    @Override
    public Node node() {
        return combo;
    }

    @Override
    public Node focusTarget() {
        return combo;
    }
}
