package org.invitemanager.ui.commands;

import javafx.scene.Node;
import javafx.scene.control.CheckBox;

/** A boolean field as a check box that carries the field's label. */
final class BooleanEditor implements FieldEditor {

    private final CheckBox box;

    BooleanEditor(FieldInput input) {
        box = new CheckBox(FormPane.labelText(input.field()));
        box.setMnemonicParsing(false);
        box.setWrapText(true);
        // XEP-0004 allows "1" as well as "true"; anything else, or no value, reads as unchecked.
        String value = input.text().strip();
        box.setSelected(value.equals("1") || value.equalsIgnoreCase("true"));
        box.selectedProperty().addListener((obs, was, now) -> input.setText(now ? "true" : "false"));
    }

    @Override
    public Node node() {
        return box;
    }

    @Override
    public Node focusTarget() {
        return box;
    }

    @Override
    public boolean showsLabel() {
        return true;
    }
}
