package org.invitemanager.domain;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What the admin asked for when creating an invite. Only the kind is understood by stock servers; the rest needs the
 * companion module.
 *
 * @param kind     what the invite does
 * @param expiry   how long it stays valid, or null for the server's default
 * @param reusable whether more than one account may register with it
 * @param maxUses  for a reusable invite, how many accounts may register; null means unlimited until it expires
 * @param username the only username that may register (for a reset: the account), or null
 * @param role     a role the new account gets, or null
 * @param note     the admin's own note, or null
 */
public record InviteOptions(InviteKind kind, Duration expiry, boolean reusable, Integer maxUses, String username,
                            String role, String note) {

    public static final int MAX_NOTE_LENGTH = 500;
    public static final Duration MAX_EXPIRY = Duration.ofDays(3660);

    public InviteOptions {
        Objects.requireNonNull(kind, "kind");
        username = blankToNull(username);
        if (username != null) {
            username = username.toLowerCase(Locale.ROOT);
        }
        role = blankToNull(role);
        note = blankToNull(note);
    }

    /** Just the kind, with every other choice left to the server: all a stock server understands. */
    public static InviteOptions of(InviteKind kind) {
        return new InviteOptions(kind, null, false, null, null, null, null);
    }

    /** The same options with another note. */
    public InviteOptions withNote(String newNote) {
        return new InviteOptions(kind, expiry, reusable, maxUses, username, role, newNote);
    }

    /** Whether anything beyond the kind was chosen, which only the companion module can honour. */
    public boolean needsCompanion() {
        return expiry != null || reusable || maxUses != null || username != null || role != null || note != null;
    }

    /**
     * Whether a stock server's command cannot honour these options. A password reset names its account, which the
     * reset command of Prosody 13 asks for in its form; everything else beyond the kind needs the companion module.
     */
    public boolean needsCompanionOnStockServer() {
        if (kind == InviteKind.PASSWORD_RESET) {
            return new InviteOptions(kind, expiry, reusable, maxUses, null, role, note).needsCompanion();
        }
        return needsCompanion();
    }

    /** The first thing wrong with these options, in words for the admin; empty when they are fine. */
    public Optional<String> problem() {
        if (expiry != null && (expiry.isNegative() || expiry.isZero())) {
            return Optional.of("The invite must stay valid for at least one second.");
        }
        if (expiry != null && expiry.compareTo(MAX_EXPIRY) > 0) {
            return Optional.of("The invite can stay valid for at most ten years.");
        }
        if (maxUses != null && maxUses < 1) {
            return Optional.of("Maximum uses must be at least 1.");
        }
        if (reusable && kind != InviteKind.ACCOUNT) {
            return Optional.of("Only account invites can be used more than once.");
        }
        if (!reusable && maxUses != null && maxUses != 1) {
            return Optional.of("Only a reusable invite can have more than one use.");
        }
        if (reusable && username != null) {
            return Optional.of("A reusable invite cannot be kept for one username.");
        }
        if (kind == InviteKind.PASSWORD_RESET && username == null) {
            return Optional.of("A password reset needs the account's username.");
        }
        if (kind == InviteKind.PASSWORD_RESET && role != null) {
            return Optional.of("A password reset cannot grant a role.");
        }
        if (username != null && !Usernames.isPlausible(username)) {
            return Optional.of("The username \"" + username + "\" is not valid: use letters, digits and . _ - only, "
                    + "without spaces or @.");
        }
        if (note != null && note.length() > MAX_NOTE_LENGTH) {
            return Optional.of("The note can be at most " + MAX_NOTE_LENGTH + " characters long.");
        }
        return Optional.empty();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
