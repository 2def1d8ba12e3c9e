package org.invitemanager.ui.commands;

import javafx.scene.Node;
import javafx.scene.control.Label;

/** A fixed field: the server's text, read-only, one paragraph per value. */
final class FixedText implements FieldEditor {

    private final Label text;

    FixedText(FieldInput input) {
        text = new Label(String.join("\n", input.values()));
        text.setWrapText(true);
        text.setMnemonicParsing(false);
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
