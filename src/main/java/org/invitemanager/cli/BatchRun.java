package org.invitemanager.cli;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.invitemanager.bulk.BulkInviteRun;
import org.invitemanager.bulk.BulkOutcome;
import org.invitemanager.bulk.BulkRequest;
import org.invitemanager.domain.SessionInfo;
import org.invitemanager.settings.InviteHistoryStore;

/**
 * One {@code create}, from the first request to the printed result, through the app's batch runner even for a single
 * invite. Ctrl+C starts no more invites and waits for those in flight, so whatever the server made is printed and
 * exported before the process ends.
 */
final class BatchRun {

    // How long Ctrl+C waits for the invites in flight to be printed and exported before the process ends anyway.
    private static final long INTERRUPT_GRACE_SECONDS = 30;

    private final CliEnvironment env;
    private final AdminConnection admin;
    private final BulkRequest request;
    private final int inFlight;
    private final BatchFiles files;
    private final boolean json;

    BatchRun(CliEnvironment env, AdminConnection admin, BulkRequest request, int inFlight, BatchFiles files,
             boolean json) {
        this.env = env;
        this.admin = admin;
        this.request = request;
        this.inFlight = inFlight;
        this.files = files;
        this.json = json;
    }

    /** Runs the batch and returns the exit code. */
    int call() {
        SessionInfo info = admin.info();
        BatchListener listener = new BatchListener(new InviteHistoryStore(env.dataDir()), info.account(), env.clock(),
                env.err(), !json && request.count() > 1);
        BulkInviteRun run = new BulkInviteRun(admin.session(), request, inFlight, env.clock(), listener);
        CountDownLatch reported = new CountDownLatch(1);
        try (InterruptHook.Installed onInterrupt = env.interrupts().install(() -> {
            run.cancel();
            awaitQuietly(reported);
        })) {
            try {
                return report(info.domain(), finished(run, run.start()));
            } finally {
                reported.countDown();
            }
        }
    }

    private int report(String server, BulkOutcome outcome) {
        if (!json) {
            // First, so the links are on screen even if writing a file takes long or fails.
            BatchOutput.printLines(env.out(), outcome.made());
            env.out().flush();
        }
        boolean single = request.count() == 1;
        BatchOutput.printFailures(env.err(), outcome.failed(), single);
        BatchFiles.Written written = files.write(outcome.made(), server, env.err());
        if (json) {
            env.out().println(BatchOutput.json(server, outcome, written.files()));
        } else {
            if (!single) {
                env.err().println(BatchOutput.summary(outcome, server));
            }
            written.files().forEach(file -> env.err().println("Wrote " + file));
        }
        return exitCode(outcome, written);
    }

    private static int exitCode(BulkOutcome outcome, BatchFiles.Written written) {
        if (outcome.made().isEmpty() && !outcome.failed().isEmpty()) {
            // Nothing at all was made: the reason says more than "partial" would.
            return ExitCodes.forFailure(outcome.failed().get(0).failure());
        }
        if (!outcome.complete()) {
            return ExitCodes.PARTIAL;
        }
        return written.failed() ? ExitCodes.OUTPUT_FILE : ExitCodes.OK;
    }

    private static BulkOutcome finished(BulkInviteRun run, CompletableFuture<BulkOutcome> outcome) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return outcome.get();
                } catch (InterruptedException e) {
                    // Stop starting invites, but wait for those in flight: they may already exist on the server.
                    interrupted = true;
                    run.cancel();
                } catch (ExecutionException e) {
                    throw new IllegalStateException("a batch's outcome never fails", e);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void awaitQuietly(CountDownLatch reported) {
        try {
            reported.await(INTERRUPT_GRACE_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
