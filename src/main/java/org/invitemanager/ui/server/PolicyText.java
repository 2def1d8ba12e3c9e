package org.invitemanager.ui.server;

import org.invitemanager.domain.RegistrationPolicy;

/** How the server settings screen names a registration policy and says what it means for newcomers. */
public record PolicyText(String title, String explanation) {

    static PolicyText of(RegistrationPolicy policy) {
        return switch (policy) {
            case INVITE_ONLY -> new PolicyText("Invite only",
                    "People need a valid invite to create an account. Recommended.");
            case OPEN -> new PolicyText("Open",
                    "Anyone may create an account, no invite needed. Invites still work and still add contacts "
                            + "and roles.");
            case CLOSED -> new PolicyText("Closed",
                    "Nobody can create an account, not even with an invite. Password-reset invites keep working.");
        };
    }
}
