package org.invitemanager.ui.qr;

import org.invitemanager.domain.Invite;
import org.invitemanager.ui.Texts;

/** How an invite's kind is named on screen. */
public final class InviteKindText {

    private InviteKindText() {
    }

    public static String of(Invite invite) {
        return switch (invite.kind()) {
            case ACCOUNT -> Texts.get("kind.account");
            case CONTACT -> allowsRegistration(invite) ? Texts.get("kind.contactWithAccount")
                    : Texts.get("kind.contact");
            case PASSWORD_RESET -> Texts.get("kind.passwordReset");
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
