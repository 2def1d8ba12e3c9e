package org.invitemanager.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.invitemanager.domain.Failure;
import org.invitemanager.domain.FailureException;
import org.invitemanager.domain.Invite;
import org.invitemanager.domain.InviteKind;
import org.invitemanager.domain.InviteOptions;
import org.invitemanager.domain.LabelledInvite;
import org.invitemanager.testsupport.FakeXmppSession;
import org.invitemanager.testsupport.MutableClock;
import org.junit.jupiter.api.Test;

class BulkInviteRunTest {

    private final FakeXmppSession session = new FakeXmppSession();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T10:00:00Z"));
    private final List<BulkProgress> progress = new ArrayList<>();
    private final List<String> events = new ArrayList<>();
    private final List<CompletableFuture<Invite>> answers = new ArrayList<>();

    private final BulkListener listener = new BulkListener() {
        @Override
        public void made(int number, LabelledInvite invite) {
            events.add("made " + number + " " + invite.label());
        }

        @Override
        public void failed(BulkFailure failure) {
            events.add("failed " + failure.number());
        }

        @Override
        public void progress(BulkProgress p) {
            progress.add(p);
        }
    };

    private BulkInviteRun run(int count, int inFlight) {
        for (int i = 0; i < count; i++) {
            CompletableFuture<Invite> answer = new CompletableFuture<>();
            answers.add(answer);
            session.invites.add(answer);
        }
        BulkRequest request = new BulkRequest(InviteOptions.of(InviteKind.ACCOUNT), count, "Workshop", true);
        return new BulkInviteRun(session, request, inFlight, clock, listener);
    }

    private static Invite invite(int n) {
        return new Invite(InviteKind.ACCOUNT, "xmpp:example.org?register;preauth=t" + n, null, null, "id" + n);
    }

    @Test
    void keepsNoMoreThanTheLimitInFlightAndStartsTheNextAsEachFinishes() {
        BulkInviteRun run = run(6, 2);
        CompletableFuture<BulkOutcome> outcome = run.start();
        assertEquals(2, session.createdWith.size(), "two requests start at once");

        answers.get(1).complete(invite(2));
        assertEquals(3, session.createdWith.size(), "a finished one makes room for the next");
        answers.get(0).complete(invite(1));
        answers.get(2).complete(invite(3));
        assertEquals(5, session.createdWith.size());
        answers.get(3).complete(invite(4));
        answers.get(4).complete(invite(5));
        assertFalse(outcome.isDone());
        answers.get(5).complete(invite(6));

        BulkOutcome done = outcome.getNow(null);
        assertTrue(done.complete());
        assertEquals(List.of("Workshop 1", "Workshop 2", "Workshop 3", "Workshop 4", "Workshop 5", "Workshop 6"),
                done.made().stream().map(LabelledInvite::label).toList(), "kept in label order");
        assertEquals("id1", done.made().get(0).invite().id());
        assertEquals("Workshop 3", session.createdWith.get(2).note(), "the label is the server-side note");
    }

    @Test
    void cancelKeepsWhatWasMadeAndWaitsForTheRequestsInFlight() {
        BulkInviteRun run = run(10, 3);
        CompletableFuture<BulkOutcome> outcome = run.start();
        answers.get(0).complete(invite(1));
        assertEquals(4, session.createdWith.size(), "the first answer started the fourth");
        run.cancel();
        answers.get(1).complete(invite(2));
        answers.get(2).complete(invite(3));
        assertFalse(outcome.isDone(), "the fourth is still in flight");
        answers.get(3).complete(invite(4));
        assertEquals(4, session.createdWith.size(), "nothing starts after cancel");

        BulkOutcome done = outcome.getNow(null);
        assertTrue(done.cancelled());
        assertEquals(4, done.made().size(), "those in flight at cancel are kept too");
        assertEquals(6, done.notStarted());
        assertFalse(done.complete());
    }

    @Test
    void aFailurePartWayIsReportedAndTheRestAreKept() {
        BulkInviteRun run = run(4, 2);
        CompletableFuture<BulkOutcome> outcome = run.start();
        answers.get(0).complete(invite(1));
        answers.get(1).completeExceptionally(new FailureException(new Failure.ServerError("command-error", "full")));
        answers.get(2).complete(invite(3));
        answers.get(3).complete(invite(4));

        BulkOutcome done = outcome.getNow(null);
        assertEquals(List.of("Workshop 1", "Workshop 3", "Workshop 4"),
                done.made().stream().map(LabelledInvite::label).toList());
        assertEquals(1, done.failed().size());
        assertEquals("Workshop 2", done.failed().get(0).label());
        assertEquals(new Failure.ServerError("command-error", "full"), done.failed().get(0).failure());
        assertTrue(events.contains("failed 2"));
    }

    @Test
    void aLostConnectionStopsStartingMoreSinceTheyWouldAllFail() {
        BulkInviteRun run = run(8, 2);
        CompletableFuture<BulkOutcome> outcome = run.start();
        answers.get(0).complete(invite(1));
        answers.get(1).completeExceptionally(new FailureException(new Failure.ConnectionLost()));
        answers.get(2).completeExceptionally(new FailureException(new Failure.ConnectionLost()));

        BulkOutcome done = outcome.getNow(null);
        assertEquals(1, done.made().size());
        assertEquals(2, done.failed().size());
        assertEquals(5, done.notStarted());
        assertFalse(done.cancelled());
    }

    @Test
    void progressCountsBothWaysAndEstimatesTheRestFromThePaceSoFar() {
        BulkInviteRun run = run(4, 1);
        run.start();
        assertTrue(progress.isEmpty());
        clock.advance(Duration.ofSeconds(2));
        answers.get(0).complete(invite(1));
        BulkProgress first = progress.get(0);
        assertEquals(1, first.made());
        assertEquals(Duration.ofSeconds(2), first.elapsed());
        assertEquals(Duration.ofSeconds(6), first.remaining().orElseThrow(), "three more at two seconds each");
        assertEquals(0.25, first.fraction());

        clock.advance(Duration.ofSeconds(2));
        answers.get(1).completeExceptionally(new FailureException(new Failure.Timeout()));
        BulkProgress second = progress.get(1);
        assertEquals(1, second.failed());
        assertEquals(2, second.done());
        assertEquals(Duration.ofSeconds(4), second.remaining().orElseThrow());
    }

    @Test
    void aRequestWithAProblemIsRefusedBeforeAnythingIsSent() {
        BulkRequest zero = new BulkRequest(InviteOptions.of(InviteKind.ACCOUNT), 0, "x", false);
        FailureException e = assertThrows(FailureException.class,
                () -> new BulkInviteRun(session, zero, 2, clock, listener));
        assertEquals(new Failure.InvalidInput("Create at least one invite."), e.failure());
        assertTrue(session.createdWith.isEmpty());
    }

    @Test
    void labelsDefaultToInviteAndTheNoteKeepsTheAdminsOwnText() {
        InviteOptions noted = new InviteOptions(InviteKind.ACCOUNT, null, false, null, null, null, "Room 4");
        BulkRequest request = new BulkRequest(noted, 3, "  ", true);
        assertEquals("Invite 2", request.label(2));
        assertEquals("Room 4 · Invite 2", request.optionsFor(2).note());
        assertEquals("Room 4", new BulkRequest(noted, 3, "", false).optionsFor(2).note(),
                "a stock server gets no note at all beyond the admin's");
        assertEquals("At most 500 invites can be created at a time.",
                new BulkRequest(noted, 501, "x", true).problem().orElseThrow());
    }
}
