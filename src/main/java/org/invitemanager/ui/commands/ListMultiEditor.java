package org.invitemanager.ui.commands;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.text.Font;
import javafx.util.StringConverter;
import org.invitemanager.domain.form.FormField;
import org.invitemanager.domain.form.FormOption;
import org.invitemanager.domain.form.Validation;

/**
 * Several choices as a list of check boxes: one Tab stop however long the list, arrows to move, Space to tick. The
 * checked values are sent in the options' order.
 */
final class ListMultiEditor implements FieldEditor {

    private static final int VISIBLE_ROWS = 6;

    private final ListView<FormOption> list = new ListView<>();
    private final Map<FormOption, BooleanProperty> checked = new LinkedHashMap<>();

    ListMultiEditor(FieldInput input) {
        FormField field = input.field();
        boolean open = field.validation() != null && field.validation().method() == Validation.Method.OPEN;
        List<String> current = input.values();
        List<FormOption> options = new ArrayList<>(field.options());
        // Kept and ticked rather than dropped: the admin sees what the server holds and the validator can flag it.
        current.stream().filter(v -> options.stream().noneMatch(o -> o.value().equals(v))).distinct()
                .forEach(v -> options.add(new FormOption(open ? v : ListSingleEditor.notOffered(v), v)));
        for (FormOption option : options) {
            BooleanProperty tick = new SimpleBooleanProperty(current.contains(option.value()));
            tick.addListener((obs, was, now) -> input.setValues(checkedValues()));
            checked.put(option, tick);
        }
        list.getItems().setAll(options);
        list.setCellFactory(CheckBoxListCell.forListView(checked::get, converter()));
        // In ems, so the rows fit at any font size; a check box makes a row about three ems high.
        double row = 3 * Font.getDefault().getSize();
        list.setFixedCellSize(row);
        list.setPrefHeight(Math.max(1, Math.min(options.size(), VISIBLE_ROWS)) * row + 8);
        // The list's own Space only selects the row; here it ticks the row the keyboard is on.
        list.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            FormOption focused = list.getFocusModel().getFocusedItem();
            if (event.getCode() == KeyCode.SPACE && focused != null) {
                checked.get(focused).set(!checked.get(focused).get());
                event.consume();
            }
        });
    }

    private List<String> checkedValues() {
        return checked.entrySet().stream().filter(e -> e.getValue().get()).map(e -> e.getKey().value()).toList();
    }

    private static StringConverter<FormOption> converter() {
        return new StringConverter<>() {
            @Override
            public String toString(FormOption option) {
                return option == null ? "" : option.display();
            }

            @Override
            public FormOption fromString(String text) {
                throw new UnsupportedOperationException("options are not typed");
            }
        };
    }

    @Override
    public Node node() {
        return list;
    }

    @Override
    public Node focusTarget() {
        return list;
    }
}
