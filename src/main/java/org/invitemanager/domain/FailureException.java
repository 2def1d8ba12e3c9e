package org.invitemanager.domain;

import java.util.Objects;

/** Carries a {@link Failure} through a future or a call stack to the place that shows it. */
public final class FailureException extends RuntimeException {

    private final transient Failure failure;

    public FailureException(Failure failure) {
        // Only the kind: a failure's details may quote server data, such as an invite link with its token.
        super(failure.getClass().getSimpleName(), null, false, false);
        this.failure = Objects.requireNonNull(failure);
    }

    public Failure failure() {
        return failure;
    }

    /** The failure behind a future's exception, unwrapping completion wrappers. */
    public static Failure of(Throwable error) {
        Throwable cause = error;
        while (cause != null) {
            if (cause instanceof FailureException fe) {
                return fe.failure();
            }
            cause = cause.getCause();
        }
        return new Failure.Unexpected(error == null ? "unknown" : error.getClass().getSimpleName());
    }
}
