package org.invitemanager.ui.invites;

import java.time.Duration;
import org.invitemanager.domain.Failure;
import org.invitemanager.domain.InviteKind;
import org.invitemanager.ui.FailureMessages;
import org.invitemanager.ui.Texts;

/** The sentences the main screen says about its connection and the invite being made. */
final class ConnectionTexts {

    private ConnectionTexts() {
    }

    static String creating(InviteKind kind) {
        return switch (kind) {
            case ACCOUNT -> Texts.get("invites.status.creatingAccount");
            case CONTACT -> Texts.get("invites.status.creatingContact");
            case PASSWORD_RESET -> Texts.get("invites.status.creatingPasswordReset");
        };
    }

    /** The connection to {@code server} is gone; {@code inviteShown} says the card still holds a valid invite. */
    static String lost(String server, Failure reason, boolean inviteShown) {
        if (reason instanceof Failure.ConnectionLost) {
            return inviteShown ? Texts.format("invites.error.connectionLostKept", server)
                    : Texts.format("invites.error.connectionLost", server);
        }
        String why = FailureMessages.describe(reason);
        return inviteShown ? Texts.format("invites.error.connectionLostBecauseKept", server, why)
                : Texts.format("invites.error.connectionLostBecause", server, why);
    }

    /** {@code first} (the drop, or why the last attempt failed), then when the next attempt comes. */
    static String retrying(String first, Duration delay, int attempt) {
        return Texts.format("invites.error.retrying", first, delay.toSeconds(), attempt);
    }

    static String attemptFailed(Failure reason) {
        return Texts.format("invites.error.reconnectFailed", FailureMessages.describe(reason));
    }

    /** A reconnect that will not be retried by itself, with what the admin can do. */
    static String gaveUp(Failure reason) {
        String why = FailureMessages.describe(reason);
        if (reason instanceof Failure.UntrustedCertificate || reason instanceof Failure.CertificateChanged
                || reason instanceof Failure.CertificateNameMismatch) {
            return Texts.format("invites.error.reconnectFailedCertificate", why);
        } else if (reason instanceof Failure.AuthFailed) {
            return Texts.format("invites.error.reconnectFailedPassword", why);
        }
        return Texts.format("invites.error.reconnectFailedManual", why);
    }

    /** After a reconnect, what the search for an interrupted invite found: how many, or -1 if it failed. */
    static String afterSearch(String server, int found) {
        if (found < 0) {
            return Texts.format("invites.notice.reconnectedCheckList", server);
        }
        return found == 0 ? Texts.format("invites.notice.reconnectedNotMade", server)
                : Texts.format("invites.notice.reconnectedRecovered", server, found);
    }
}
