package org.invitemanager.ui.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.time.ZoneOffset;
import org.invitemanager.domain.Failure;
import org.invitemanager.domain.FailureException;
import org.invitemanager.domain.Invite;
import org.invitemanager.domain.InviteKind;
import org.invitemanager.domain.InviteListEntry;
import org.invitemanager.domain.ServerCapabilities;
import org.invitemanager.domain.SessionInfo;
import org.invitemanager.settings.InviteHistoryStore;
import org.invitemanager.testsupport.FakeXmppSession;
import org.invitemanager.testsupport.MutableClock;
import org.invitemanager.ui.ExpiryText;
import org.invitemanager.ui.invites.CreateInviteViewModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BulkViewModelTest {

    private static final SessionInfo WITH_MODULE = new SessionInfo("admin@localhost", new ServerCapabilities(
            "localhost", Set.of(ServerCapabilities.COMPANION_CREATE_NODE, ServerCapabilities.COMPANION_LIST_NODE,
            ServerCapabilities.COMPANION_REVOKE_NODE, ServerCapabilities.CREATE_ACCOUNT_NODE), List.of()));
    private static final SessionInfo STOCK = new SessionInfo("admin@localhost", new ServerCapabilities("localhost",
            Set.of(ServerCapabilities.CREATE_ACCOUNT_NODE, ServerCapabilities.CONTACT_INVITE_NODE)));

    @TempDir
    Path dir;

    private final FakeXmppSession session = new FakeXmppSession();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T10:00:00Z"));
    private InviteHistoryStore history;
    private BulkViewModel model;

    @BeforeEach
    void setUp() {
        history = new InviteHistoryStore(dir);
        model = new BulkViewModel(session, new CreateInviteViewModel(options -> { }), history, clock,
                new ExpiryText(ZoneOffset.UTC, Locale.US), Runnable::run, Runnable::run);
    }

    private static Invite invite(int n) {
        return new Invite(InviteKind.ACCOUNT, "xmpp:localhost?register;preauth=token" + n, null,
                Instant.parse("2026-12-01T00:00:00Z"), "id" + n);
    }

    private CompletableFuture<Invite> answer() {
        CompletableFuture<Invite> answer = new CompletableFuture<>();
        session.invites.add(answer);
        return answer;
    }

    @Test
    void aBatchFillsTheTableInLabelOrderAndKeepsEveryInviteInTheHistory() throws Exception {
        model.start(WITH_MODULE);
        model.countProperty().set("3");
        model.labelPrefixProperty().set("Workshop");
        List<CompletableFuture<Invite>> answers = List.of(answer(), answer(), answer());
        model.startBatch();
        assertTrue(model.runningProperty().get());

        answers.get(2).complete(invite(3));
        answers.get(0).complete(invite(1));
        assertEquals("2 of 3", model.progressTextProperty().get().substring(0, 6));
        answers.get(1).complete(invite(2));

        assertFalse(model.runningProperty().get());
        assertEquals(List.of("Workshop 1", "Workshop 2", "Workshop 3"),
                model.rows().stream().map(BulkRow::label).toList());
        assertEquals("Made 3 invites. Export them below.", model.resultTextProperty().get());
        assertEquals("Workshop 2", session.createdWith.get(1).note(), "the server's list shows the same label");
        List<InviteListEntry> kept = history.entries("admin@localhost");
        assertEquals(3, kept.size());
        assertTrue(kept.stream().anyMatch(e -> "Workshop 3".equals(e.note()) && "id3".equals(e.id())));

        Path csv = dir.resolve("out.csv");
        model.exportCsv(csv).join();
        List<String> lines = Files.readAllLines(csv);
        assertEquals(4, lines.size());
        assertTrue(lines.get(1).startsWith("Workshop 1,xmpp:localhost?register;preauth=token1,"), lines.get(1));
        assertEquals("Saved out.csv.", model.exportStatusProperty().get());
    }

    @Test
    void failuresAreMarkedInTheTableAndTheRestStayUsable() {
        model.start(WITH_MODULE);
        model.countProperty().set("2");
        CompletableFuture<Invite> first = answer();
        CompletableFuture<Invite> second = answer();
        model.startBatch();
        first.completeExceptionally(new FailureException(new Failure.Forbidden("no")));
        second.complete(invite(2));

        assertEquals(2, model.rows().size());
        assertFalse(model.rows().get(0).made());
        assertFalse(model.rows().get(0).status().isEmpty());
        assertTrue(model.rows().get(1).made());
        assertEquals(1, model.made().size());
        assertTrue(model.resultTextProperty().get().startsWith("Made 1 of 2; 1 failed"),
                model.resultTextProperty().get());
    }

    @Test
    void cancelKeepsWhatWasMadeAndSaysHowManyWereNotStarted() {
        model.start(WITH_MODULE);
        model.countProperty().set("10");
        List<CompletableFuture<Invite>> answers = List.of(answer(), answer(), answer(), answer(), answer());
        model.startBatch();
        answers.get(0).complete(invite(1));
        model.cancel();
        for (int i = 1; i < 5; i++) {
            answers.get(i).complete(invite(i + 1));
        }
        assertFalse(model.runningProperty().get());
        assertEquals(5, model.made().size(), "the four in flight at cancel are kept");
        assertEquals("Cancelled. Made 5 of 10; 5 not started. The invites made are kept and listed.",
                model.resultTextProperty().get());
    }

    @Test
    void badCountsAreExplainedBeforeAnythingIsSent() {
        model.start(WITH_MODULE);
        model.countProperty().set("many");
        assertEquals("Enter how many invites to create, as a whole number.", model.problemProperty().get());
        model.countProperty().set("0");
        assertEquals("Create at least one invite.", model.problemProperty().get());
        model.countProperty().set("501");
        assertEquals("At most 500 invites can be created at a time.", model.problemProperty().get());
        model.startBatch();
        assertTrue(session.createdWith.isEmpty());
        model.countProperty().set("5");
        model.options().usernameProperty().set("zed");
        assertEquals("Only one invite can be kept for a given username.", model.problemProperty().get());
        model.exportCsv(dir.resolve("nothing.csv")).join();
        assertEquals("There are no invites to export yet.", model.exportStatusProperty().get());
        assertFalse(Files.exists(dir.resolve("nothing.csv")));
    }

    @Test
    void aStockServerGetsPlainInvitesWithoutNotes() {
        model.start(STOCK);
        model.countProperty().set("2");
        answer().complete(invite(1));
        answer().complete(invite(2));
        model.startBatch();
        assertEquals(2, model.made().size());
        assertNull(session.createdWith.get(0).note(), "a stock server cannot store a note");
        assertFalse(session.createdWith.get(0).needsCompanion());
        assertEquals("Invite 1", model.made().get(0).label());
    }
}
