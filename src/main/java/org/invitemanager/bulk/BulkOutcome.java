package org.invitemanager.bulk;

import java.util.List;
import org.invitemanager.domain.LabelledInvite;

/**
 * The end of a batch: every invite the server created, every one that failed, and how many were never started
 * because the admin cancelled or the connection was lost.
 *
 * @param made       the created invites, in label order
 * @param failed     the failures, in label order
 * @param notStarted how many were not attempted
 * @param cancelled  whether the admin cancelled
 */
public record BulkOutcome(List<LabelledInvite> made, List<BulkFailure> failed, int notStarted, boolean cancelled) {

    public BulkOutcome {
        made = List.copyOf(made);
        failed = List.copyOf(failed);
    }

    /** Whether every invite asked for was created. */
    public boolean complete() {
        return failed.isEmpty() && notStarted == 0;
    }
}
