package org.invitemanager.domain;

/** What an invite lets its holder do. */
public enum InviteKind {
    /** Registers a new account on the server. */
    ACCOUNT,
    /** Adds the inviter as a contact and, when it carries {@code ibr=y}, registers an account too. */
    CONTACT,
    /** Sets a new password for an existing account. */
    PASSWORD_RESET
}
