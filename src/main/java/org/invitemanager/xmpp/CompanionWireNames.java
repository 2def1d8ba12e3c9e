package org.invitemanager.xmpp;

import java.util.Optional;
import org.invitemanager.domain.InviteKind;

/** The companion module's names for invite kinds. */
final class CompanionWireNames {

    private CompanionWireNames() {
    }

    static String of(InviteKind kind) {
        return switch (kind) {
            case ACCOUNT -> "account";
            case CONTACT -> "contact";
            case PASSWORD_RESET -> "password-reset";
        };
    }

    static Optional<InviteKind> kind(String wireName) {
        for (InviteKind kind : InviteKind.values()) {
            if (of(kind).equals(wireName)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
