package org.invitemanager.bulk;

import java.time.Duration;
import java.util.Optional;

/**
 * How far a batch has got.
 *
 * @param total     how many invites were asked for
 * @param made      how many the server created
 * @param failed    how many failed
 * @param elapsed   time since the batch started
 * @param remaining the estimated time to finish, once at least one invite is done; empty before that
 */
public record BulkProgress(int total, int made, int failed, Duration elapsed, Optional<Duration> remaining) {

    /** Invites that are finished either way. */
    public int done() {
        return made + failed;
    }

    /** From 0 to 1. */
    public double fraction() {
        return total == 0 ? 1 : (double) done() / total;
    }
}
