package org.invitemanager.ui.commands;

import javafx.scene.Node;
import javafx.scene.control.PasswordField;

/** A secret, such as a new password: masked while typed. */
final class TextPrivateEditor implements FieldEditor {

    private final PasswordField text = new PasswordField();

    TextPrivateEditor(FieldInput input) {
        text.setText(input.text());
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
}
