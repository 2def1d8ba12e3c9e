package org.invitemanager.ui.qr;

import org.invitemanager.domain.Invite;

/** How an invite's kind is named on screen. */
public final class InviteKindText {

    private InviteKindText() {
    }

    public static String of(Invite invite) {
        return switch (invite.kind()) {
            case ACCOUNT -> "Account invite: creates one new account";
            case CONTACT -> allowsRegistration(invite)
                    ? "Contact invite: creates an account and adds you as a contact"
                    : "Contact invite: adds you as a contact (needs an existing account)";
            case PASSWORD_RESET -> "Password reset invite: sets a new password for an existing account";
        };
    }

    private static boolean allowsRegistration(Invite invite) {
        try {
            return invite.parsedUri().allowsRegistration();
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
    }
}
