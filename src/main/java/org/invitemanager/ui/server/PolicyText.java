package org.invitemanager.ui.server;

import org.invitemanager.domain.RegistrationPolicy;
import org.invitemanager.ui.Texts;

/** How the server settings screen names a registration policy and says what it means for newcomers. */
public record PolicyText(String title, String explanation) {

    static PolicyText of(RegistrationPolicy policy) {
        return switch (policy) {
            case INVITE_ONLY -> new PolicyText(Texts.get("server.policy.inviteOnly"),
                    Texts.get("server.policy.inviteOnly.explanation"));
            case OPEN -> new PolicyText(Texts.get("server.policy.open"), Texts.get("server.policy.open.explanation"));
            case CLOSED -> new PolicyText(Texts.get("server.policy.closed"),
                    Texts.get("server.policy.closed.explanation"));
        };
    }
}
