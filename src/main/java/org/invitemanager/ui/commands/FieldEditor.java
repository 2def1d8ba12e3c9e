package org.invitemanager.ui.commands;

import javafx.scene.Node;

/** The control that edits one field of a command's form, kept in step with its {@link FieldInput}. */
public interface FieldEditor {

    /** What to place in the form. */
    Node node();

    /** The control that takes focus, for the field's label, its id and a problem to fix. */
    Node focusTarget();

    /** Whether {@link #node()} already shows the field's label, as a check box does; the form then adds none. */
    default boolean showsLabel() {
        return false;
    }
}
