package org.invitemanager.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;
import org.invitemanager.bulk.BulkListener;
import org.invitemanager.bulk.BulkProgress;
import org.invitemanager.domain.LabelledInvite;
import org.invitemanager.settings.InviteHistoryStore;

/**
 * Keeps each invite of a batch in the app's local history the moment the server made it, so nothing a command line
 * created is lost even if the process dies before printing, and shows progress on standard error when asked to.
 */
final class BatchListener implements BulkListener {

    private final InviteHistoryStore history;
    private final String account;
    private final Clock clock;
    private final PrintWriter err;
    private final boolean showProgress;
    private final AtomicBoolean historyWarned = new AtomicBoolean();

    /** @param showProgress whether to print "Created 7 of 20" lines */
    BatchListener(InviteHistoryStore history, String account, Clock clock, PrintWriter err, boolean showProgress) {
        this.history = history;
        this.account = account;
        this.clock = clock;
        this.err = err;
        this.showProgress = showProgress;
    }

    @Override
    public void made(int number, LabelledInvite invite) {
        try {
            // The label as note, as the app's batch tab keeps it: how the admin finds the printed card again.
            history.record(account, invite.invite(), clock.instant(), invite.label());
        } catch (IOException | RuntimeException e) {
            // A warning, not a failure: the invite exists on the server and is about to be printed.
            if (historyWarned.compareAndSet(false, true)) {
                err.println("Warning: cannot save invites in the local history (" + e.getClass().getSimpleName()
                        + "); keep the output of this command.");
            }
        }
    }

    @Override
    public void progress(BulkProgress progress) {
        if (showProgress) {
            String failed = progress.failed() == 0 ? "" : " (" + progress.failed() + " failed)";
            err.println("Created " + progress.made() + " of " + progress.total() + " invites" + failed);
        }
    }
}
