package org.invitemanager.ui.commands;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.invitemanager.domain.form.FormField;

/**
 * What the admin has entered for one field of a command's form. Editing a field clears its problem, so a message only
 * stays while it is still true of what is shown.
 */
public final class FieldInput {

    private final FormField field;
    private final ObjectProperty<List<String>> values;
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    public FieldInput(FormField field) {
        this.field = field;
        this.values = new SimpleObjectProperty<>(field.values());
        values.addListener((obs, old, now) -> problem.set(""));
    }

    public FormField field() {
        return field;
    }

    /** The field's values as immutable lists; never null. Text-multi holds one value per line. */
    public ObjectProperty<List<String>> valuesProperty() {
        return values;
    }

    public List<String> values() {
        return values.get();
    }

    public void setValues(List<String> newValues) {
        values.set(newValues == null ? List.of() : List.copyOf(newValues));
    }

    /** The first value, or the empty string. */
    public String text() {
        List<String> current = values.get();
        return current.isEmpty() || current.get(0) == null ? "" : current.get(0);
    }

    public void setText(String text) {
        setValues(text == null || text.isEmpty() ? List.of() : List.of(text));
    }

    /** What is wrong with the values, for the admin; empty when nothing is. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    void setProblem(String text) {
        problem.set(text == null ? "" : text);
    }
}
