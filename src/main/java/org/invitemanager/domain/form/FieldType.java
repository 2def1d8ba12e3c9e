package org.invitemanager.domain.form;

import java.util.Optional;

/** The field types of XEP-0004, with the names they have on the wire. */
public enum FieldType {
    BOOLEAN("boolean"),
    FIXED("fixed"),
    HIDDEN("hidden"),
    JID_MULTI("jid-multi"),
    JID_SINGLE("jid-single"),
    LIST_MULTI("list-multi"),
    LIST_SINGLE("list-single"),
    TEXT_MULTI("text-multi"),
    TEXT_PRIVATE("text-private"),
    TEXT_SINGLE("text-single");

    private final String wireName;

    FieldType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** The type with this wire name; empty for a name XEP-0004 does not define. */
    public static Optional<FieldType> fromWireName(String name) {
        for (FieldType type : values()) {
            if (type.wireName.equals(name)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** Whether the field may hold several values (one {@code <value/>} each; for text-multi, one per line). */
    public boolean isMultiValued() {
        return this == JID_MULTI || this == LIST_MULTI || this == TEXT_MULTI;
    }

    /** Whether the admin edits the field: fixed text is only shown and hidden fields go back unchanged. */
    public boolean isEditable() {
        return this != FIXED && this != HIDDEN;
    }
}
