package org.invitemanager.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One registration with an invite.
 *
 * @param account the bare JID that registered (or reset its password)
 * @param at      when, or null when the server did not say
 */
public record InviteUse(String account, Instant at) {

    public InviteUse {
        Objects.requireNonNull(account, "account");
    }
}
