package org.invitemanager.ui.commands;

import javafx.scene.Node;
import javafx.scene.control.TextArea;

/** Free text over several lines, sent as one value per line. */
final class TextMultiEditor implements FieldEditor {

    private final TextArea text = new TextArea();

    TextMultiEditor(FieldInput input) {
        text.setText(String.join("\n", input.values()));
        text.setPrefRowCount(4);
        text.setWrapText(true);
        text.textProperty().addListener((obs, old, now) -> input.setValues(Lines.split(now)));
    }

    @Override
    public Node node() {
        return text;
    }

    @Override
    public Node focusTarget() {
        return text;
    }
}
