package org.invitemanager.domain.form;

import java.util.Objects;

/** One choice of a list field: the value sent back, and the label shown (the value when the server gives none). */
public record FormOption(String label, String value) {

    public FormOption {
        Objects.requireNonNull(value, "value");
    }

    public String display() {
        return label == null || label.isBlank() ? value : label;
    }
}
