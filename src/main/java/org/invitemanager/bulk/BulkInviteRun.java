package org.invitemanager.bulk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.invitemanager.domain.Failure;
import org.invitemanager.domain.FailureException;
import org.invitemanager.domain.Invite;
import org.invitemanager.domain.LabelledInvite;
import org.invitemanager.xmpp.XmppSession;

/**
 * Creates a batch of invites over one session with a bounded number in flight: enough to hide the round trips,
 * few enough not to flood the server. Cancel stops starting new ones and keeps every invite already made; so does a
 * lost connection, since every later request would fail the same way.
 */
public final class BulkInviteRun {

    /** How many creates are in flight at once unless the caller says otherwise. */
    public static final int DEFAULT_IN_FLIGHT = 4;

    private final XmppSession session;
    private final BulkRequest request;
    private final int inFlight;
    private final Clock clock;
    private final BulkListener listener;
    private final CompletableFuture<BulkOutcome> outcome = new CompletableFuture<>();

    private final TreeMap<Integer, LabelledInvite> made = new TreeMap<>();
    private final List<BulkFailure> failed = new ArrayList<>();
    private Instant startedAt;
    private int started;
    private int running;
    private boolean cancelled;
    private boolean connectionLost;

    public BulkInviteRun(XmppSession session, BulkRequest request, int inFlight, Clock clock, BulkListener listener) {
        if (inFlight < 1) {
            throw new IllegalArgumentException("inFlight must be at least 1: " + inFlight);
        }
        request.problem().ifPresent(problem -> {
            throw new FailureException(new Failure.InvalidInput(problem));
        });
        this.session = session;
        this.request = request;
        this.inFlight = inFlight;
        this.clock = clock;
        this.listener = listener;
    }

    /** Starts the batch; the future completes once every started invite has finished. It never fails. */
    public CompletableFuture<BulkOutcome> start() {
        List<Integer> first = new ArrayList<>();
        synchronized (this) {
            if (startedAt != null) {
                throw new IllegalStateException("already started");
            }
            startedAt = clock.instant();
            while (running < inFlight && started < request.count()) {
                first.add(claimNext());
            }
        }
        first.forEach(this::create);
        return outcome;
    }

    /** Starts no more invites; those in flight still finish and are kept. */
    public void cancel() {
        boolean finished;
        synchronized (this) {
            cancelled = true;
            finished = running == 0 && startedAt != null;
        }
        if (finished) {
            finish();
        }
    }

    private int claimNext() {
        started++;
        running++;
        return started;
    }

    private void create(int number) {
        CompletableFuture<Invite> creating;
        try {
            creating = session.createInvite(request.optionsFor(number));
        } catch (RuntimeException e) {
            creating = CompletableFuture.failedFuture(e);
        }
        creating.whenComplete((invite, error) -> finished(number, invite, error));
    }

    private void finished(int number, Invite invite, Throwable error) {
        String label = request.label(number);
        BulkProgress progress;
        Integer next = null;
        boolean last;
        synchronized (this) {
            running--;
            if (error == null) {
                made.put(number, new LabelledInvite(label, invite));
            } else {
                Failure reason = failureOf(error);
                failed.add(new BulkFailure(number, label, reason));
                connectionLost |= reason instanceof Failure.ConnectionLost;
            }
            if (!cancelled && !connectionLost && started < request.count()) {
                next = claimNext();
            }
            last = running == 0;
            progress = progress();
        }
        if (error == null) {
            listener.made(number, made(number));
        } else {
            listener.failed(lastFailureFor(number));
        }
        listener.progress(progress);
        if (next != null) {
            create(next);
        } else if (last) {
            finish();
        }
    }

    private synchronized LabelledInvite made(int number) {
        return made.get(number);
    }

    private synchronized BulkFailure lastFailureFor(int number) {
        return failed.stream().filter(f -> f.number() == number).findFirst().orElseThrow();
    }

    private BulkProgress progress() {
        Duration elapsed = Duration.between(startedAt, clock.instant());
        int done = made.size() + failed.size();
        Optional<Duration> remaining = done == 0 ? Optional.empty()
                : Optional.of(elapsed.multipliedBy(request.count() - done).dividedBy(done));
        return new BulkProgress(request.count(), made.size(), failed.size(), elapsed, remaining);
    }

    private void finish() {
        BulkOutcome result;
        synchronized (this) {
            List<BulkFailure> failures = new ArrayList<>(failed);
            failures.sort(Comparator.comparingInt(BulkFailure::number));
            result = new BulkOutcome(new ArrayList<>(made.values()), failures, request.count() - started, cancelled);
        }
        outcome.complete(result);
    }

    private static Failure failureOf(Throwable error) {
        Throwable cause = error;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof FailureException failure) {
            return failure.failure();
        }
        return new Failure.Unexpected(cause.getClass().getSimpleName());
    }
}
