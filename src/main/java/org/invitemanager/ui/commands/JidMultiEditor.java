package org.invitemanager.ui.commands;

import javafx.scene.Node;
import javafx.scene.control.TextArea;
import org.invitemanager.ui.Texts;

/** Several addresses, one per line; blank lines are not sent. */
final class JidMultiEditor implements FieldEditor {

    private final TextArea text = new TextArea();

    JidMultiEditor(FieldInput input) {
        text.setText(String.join("\n", input.values()));
        text.setPromptText(Texts.get("commands.jids.prompt"));
        text.setPrefRowCount(4);
        text.textProperty().addListener((obs, old, now) -> input.setValues(
                Lines.split(now).stream().map(String::strip).filter(line -> !line.isEmpty()).toList()));
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
