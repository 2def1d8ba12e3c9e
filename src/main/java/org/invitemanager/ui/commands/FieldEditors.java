package org.invitemanager.ui.commands;

import java.util.Optional;

/** Picks the editor for a field's type. */
public final class FieldEditors {

    private FieldEditors() {
    }

    /** The editor bound to {@code input}; empty for a hidden field, which goes back unchanged without one. */
    public static Optional<FieldEditor> forInput(FieldInput input) {
        return Optional.ofNullable(switch (input.field().type()) {
            case HIDDEN -> null;
            case BOOLEAN -> new BooleanEditor(input);
            case FIXED -> new FixedText(input);
            case JID_SINGLE -> new JidSingleEditor(input);
            case JID_MULTI -> new JidMultiEditor(input);
            case LIST_SINGLE -> new ListSingleEditor(input);
            case LIST_MULTI -> new ListMultiEditor(input);
            case TEXT_MULTI -> new TextMultiEditor(input);
            case TEXT_PRIVATE -> new TextPrivateEditor(input);
            case TEXT_SINGLE -> new TextSingleEditor(input);
        });
    }

    /** {@code prefix + var} with every character a CSS id cannot hold replaced, so server vars make usable ids. */
    public static String id(String prefix, String var) {
        return prefix + var.replaceAll("[^A-Za-z0-9_-]", "_");
    }
}
