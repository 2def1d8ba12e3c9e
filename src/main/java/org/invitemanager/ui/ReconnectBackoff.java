package org.invitemanager.ui;

import java.time.Duration;
import java.util.List;
import org.invitemanager.domain.Failure;

/**
 * When to try a dropped connection again: soon at first, then less and less often, so a server that is restarting
 * is back in a second while one that is down for long is not hammered. Only failures that time may cure are retried.
 */
final class ReconnectBackoff {

    private static final List<Duration> DELAYS = List.of(Duration.ofSeconds(1), Duration.ofSeconds(2),
            Duration.ofSeconds(4), Duration.ofSeconds(8), Duration.ofSeconds(16), Duration.ofSeconds(30));

    private int attempts;

    /** The wait before the next attempt, counting it. */
    Duration next() {
        Duration delay = DELAYS.get(Math.min(attempts, DELAYS.size() - 1));
        attempts++;
        return delay;
    }

    /** How many attempts were scheduled since the connection was last up. */
    int attempts() {
        return attempts;
    }

    void reset() {
        attempts = 0;
    }

    /**
     * Whether waiting may help. A refused password or a certificate the admin has not trusted never gets better by
     * itself, and retrying a password would only risk a lock-out.
     */
    static boolean worthRetrying(Failure reason) {
        return reason instanceof Failure.ConnectionLost || reason instanceof Failure.Timeout
                || reason instanceof Failure.Unreachable || reason instanceof Failure.ServerError
                || reason instanceof Failure.InvalidResponse || reason instanceof Failure.Unexpected;
    }
}
