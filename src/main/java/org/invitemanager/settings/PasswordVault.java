package org.invitemanager.settings;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Remembered passwords, one per profile id, kept by the operating system's keyring and never in a file. Every call
 * answers through a future, and an implementation must complete it within a few seconds even when the keyring hangs,
 * so a caller never blocks on it. A failed call completes with a {@link VaultException}.
 */
public interface PasswordVault {

    /** Whether passwords can be remembered here; checked once, and changed when a later call finds out otherwise. */
    CompletableFuture<Availability> availability();

    /** The stored password, or empty when there is none. */
    CompletableFuture<Optional<String>> load(String profileId);

    /** Stores the password, replacing an earlier one for the same profile. */
    CompletableFuture<Void> save(String profileId, String password);

    /** Removes the profile's password; nothing stored is not an error. */
    CompletableFuture<Void> delete(String profileId);

    /** Why the keyring cannot be used; the screen turns it into words. */
    enum Problem {
        /** No keyring service at all: no Secret Service on the session bus, or no session bus. */
        NO_KEYRING,
        /** The keyring did not answer in time, for example while waiting for a prompt nobody can see. */
        NOT_RESPONDING,
        /** The keyring is there but would not store a password, for example because it is locked. */
        REFUSED,
        /** Anything else. */
        FAILED
    }

    /**
     * Whether the keyring can be used.
     *
     * @param available true when passwords can be stored
     * @param problem   why not, or null when available
     * @param detail    the technical reason, for the log and a tooltip's second line; empty when available
     */
    record Availability(boolean available, Problem problem, String detail) {

        public Availability {
            if (available != (problem == null)) {
                throw new IllegalArgumentException("a problem exactly when unavailable");
            }
            detail = detail == null ? "" : detail;
        }

        public static Availability yes() {
            return new Availability(true, null, "");
        }

        public static Availability no(Problem problem, String detail) {
            return new Availability(false, Objects.requireNonNull(problem, "problem"), detail);
        }
    }

    /** A keyring call that failed, and what that says about the keyring. */
    final class VaultException extends Exception {

        private static final long serialVersionUID = 1L;

        private final transient Availability availability;

        public VaultException(Availability availability) {
            super(availability.problem() + ": " + availability.detail());
            this.availability = availability;
        }

        public Availability availability() {
            return availability;
        }
    }
}
