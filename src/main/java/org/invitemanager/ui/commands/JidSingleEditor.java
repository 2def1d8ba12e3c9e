package org.invitemanager.ui.commands;

import javafx.scene.Node;
import javafx.scene.control.TextField;

/** One address; whether it is a valid JID is the validator's call, not the editor's. */
final class JidSingleEditor implements FieldEditor {

    private final TextField text = new TextField();

    JidSingleEditor(FieldInput input) {
        text.setText(input.text());
        text.setPromptText("name@example.org");
        text.textProperty().addListener((obs, old, now) -> input.setText(now.strip()));
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
