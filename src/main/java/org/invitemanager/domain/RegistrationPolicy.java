package org.invitemanager.domain;

import java.util.Locale;
import java.util.Optional;

/** Who may register on the server, as the companion module stores it. */
public enum RegistrationPolicy {
    /** Registration only with a valid invite. */
    INVITE_ONLY("invite-only"),
    /** Anyone may register. */
    OPEN("open"),
    /** Nobody may register, not even with an invite. */
    CLOSED("closed");

    private final String wireName;

    RegistrationPolicy(String wireName) {
        this.wireName = wireName;
    }

    /** The value the companion module's policy command uses. */
    public String wireName() {
        return wireName;
    }

    public static Optional<RegistrationPolicy> fromWireName(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String wanted = value.trim().toLowerCase(Locale.ROOT);
        for (RegistrationPolicy policy : values()) {
            if (policy.wireName.equals(wanted)) {
                return Optional.of(policy);
            }
        }
        return Optional.empty();
    }
}
