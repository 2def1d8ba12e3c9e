package org.invitemanager.ui.invites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.invitemanager.domain.Failure;
import org.invitemanager.domain.FailureException;
import org.invitemanager.domain.Invite;
import org.invitemanager.domain.InviteKind;
import org.invitemanager.domain.InviteListEntry;
import org.invitemanager.domain.InviteUse;
import org.invitemanager.domain.ServerCapabilities;
import org.invitemanager.domain.SessionInfo;
import org.invitemanager.settings.InviteHistoryStore;
import org.invitemanager.testsupport.FakeXmppSession;
import org.invitemanager.testsupport.MutableClock;
import org.invitemanager.ui.ExpiryText;
import org.invitemanager.ui.qr.InviteCardViewModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InviteListViewModelTest {

    private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
    private static final SessionInfo WITH_MODULE = new SessionInfo("admin@localhost",
            new ServerCapabilities("localhost", Set.of(ServerCapabilities.COMPANION_CREATE_NODE,
                    ServerCapabilities.COMPANION_LIST_NODE, ServerCapabilities.COMPANION_REVOKE_NODE,
                    ServerCapabilities.CREATE_ACCOUNT_NODE)));
    private static final SessionInfo STOCK = new SessionInfo("admin@localhost",
            new ServerCapabilities("localhost", Set.of(ServerCapabilities.CREATE_ACCOUNT_NODE)));

    @TempDir
    Path dir;

    private final FakeXmppSession session = new FakeXmppSession();
    private final MutableClock clock = new MutableClock(NOW);
    private InviteCardViewModel card;
    private InviteHistoryStore history;
    private InviteListViewModel model;

    @BeforeEach
    void setUp() {
        ExpiryText texts = new ExpiryText(ZoneOffset.UTC, Locale.US);
        card = new InviteCardViewModel(clock, texts, Runnable::run, Runnable::run);
        history = new InviteHistoryStore(dir);
        model = new InviteListViewModel(session, history, card, clock, texts, Runnable::run, Runnable::run);
    }

    private static InviteListEntry entry(String id, String note, InviteListEntry.Status status, Instant expires,
                                         String usedBy) {
        List<InviteUse> uses = usedBy == null ? List.of() : List.of(new InviteUse(usedBy, NOW.minusSeconds(60)));
        return new InviteListEntry(id, InviteKind.ACCOUNT, status, NOW.minusSeconds(3600), expires, uses.size(), 1,
                note, "admin@localhost", "", uses, status == InviteListEntry.Status.USED ? ""
                : "xmpp:localhost?register;preauth=TOKEN" + id, "");
    }

    private void loadServerList(InviteListEntry... entries) {
        model.start(WITH_MODULE);
        session.lists.add(CompletableFuture.completedFuture(List.of(entries)));
        model.refresh();
    }

    @Test
    void theServerListIsShownAndFiltered() {
        loadServerList(entry("a1", "Workshop", InviteListEntry.Status.PENDING, NOW.plusSeconds(7200), null),
                entry("b2", "Family", InviteListEntry.Status.USED, NOW.minusSeconds(10), "bob@localhost"));

        assertEquals(2, model.visibleRows().size());
        assertEquals("in 2 hours", model.visibleRows().get(0).expiryProperty().get());
        assertEquals("1 / 1", model.visibleRows().get(1).usesText());
        assertEquals("bob@localhost", model.visibleRows().get(1).usedByText());

        model.filterProperty().set("bob");
        assertEquals(List.of("b2"), model.visibleRows().stream().map(r -> r.entry().id()).toList());
        model.filterProperty().set("");
        model.showProperty().set(InviteListViewModel.Show.PENDING);
        assertEquals(List.of("a1"), model.visibleRows().stream().map(r -> r.entry().id()).toList());
    }

    @Test
    void theCountdownMovesOnAndAPendingInviteBecomesExpired() {
        loadServerList(entry("a1", "", InviteListEntry.Status.PENDING, NOW.plusSeconds(120), null));
        InviteRow row = model.visibleRows().get(0);
        assertEquals("in 2 minutes", row.expiryProperty().get());

        clock.advance(Duration.ofMinutes(3));
        model.refreshClock();

        assertEquals("expired", row.expiryProperty().get());
        assertEquals("Expired", row.statusProperty().get());
    }

    @Test
    void revokeAsksFirstThenRevokesAndReloads() {
        loadServerList(entry("a1", "Workshop", InviteListEntry.Status.PENDING, NOW.plusSeconds(7200), null));
        InviteRow row = model.visibleRows().get(0);

        model.requestRevoke(row);
        assertTrue(model.confirmationProperty().get().contains("Workshop"), model.confirmationProperty().get());
        assertTrue(session.revoked.isEmpty(), "nothing is sent before the admin confirms");

        session.revokes.add(CompletableFuture.completedFuture(null));
        session.lists.add(CompletableFuture.completedFuture(List.of()));
        model.confirmRevoke();

        assertEquals(List.of("a1"), session.revoked);
        assertEquals("", model.confirmationProperty().get());
        assertEquals("The invite has been revoked.", model.statusProperty().get());
        assertTrue(model.visibleRows().isEmpty());
    }

    @Test
    void cancellingTheConfirmationSendsNothing() {
        loadServerList(entry("a1", "", InviteListEntry.Status.PENDING, NOW.plusSeconds(7200), null));
        model.requestRevoke(model.visibleRows().get(0));
        model.cancelRevoke();
        model.confirmRevoke();
        assertTrue(session.revoked.isEmpty());
    }

    @Test
    void aFailedRevokeSaysWhyAndKeepsTheRow() {
        loadServerList(entry("a1", "", InviteListEntry.Status.PENDING, NOW.plusSeconds(7200), null));
        model.requestRevoke(model.visibleRows().get(0));
        session.revokes.add(CompletableFuture.failedFuture(
                new FailureException(new Failure.ServerError("command-error", "There is no pending invite"))));
        model.confirmRevoke();
        assertTrue(model.errorProperty().get().contains("There is no pending invite"), model.errorProperty().get());
        assertEquals(1, model.visibleRows().size());
    }

    @Test
    void showQrPutsTheInviteOnTheCardButNotForASpentOne() {
        loadServerList(entry("a1", "", InviteListEntry.Status.PENDING, NOW.plusSeconds(7200), null),
                entry("b2", "", InviteListEntry.Status.USED, NOW.plusSeconds(7200), "bob@localhost"));
        InviteRow pending = model.visibleRows().stream().filter(r -> r.entry().id().equals("a1")).findFirst()
                .orElseThrow();
        InviteRow spent = model.visibleRows().stream().filter(r -> r.entry().id().equals("b2")).findFirst()
                .orElseThrow();

        assertTrue(model.showQr(pending));
        assertEquals("xmpp:localhost?register;preauth=TOKENa1", card.inviteProperty().get().uri());
        assertFalse(model.showQr(spent));
        assertTrue(model.errorProperty().get().contains("used up"));
    }

    @Test
    void onAStockServerTheListIsTheLocalHistoryAndCannotRevoke() throws Exception {
        history.record("admin@localhost", new Invite(InviteKind.ACCOUNT, "xmpp:localhost?register;preauth=abc", null,
                NOW.plusSeconds(3600)), NOW, "for Carol");
        model.start(STOCK);
        model.refresh();

        assertEquals(0, session.listCalls, "a stock server is not asked");
        assertEquals(1, model.visibleRows().size());
        assertEquals("for Carol", model.visibleRows().get(0).entry().note());
        assertEquals("—", model.visibleRows().get(0).usesText());
        assertTrue(model.sourceProperty().get().contains("Invite Manager module"));
        model.requestRevoke(model.visibleRows().get(0));
        assertEquals("", model.confirmationProperty().get());
    }

    @Test
    void aListThatFailsToLoadSaysWhy() {
        model.start(WITH_MODULE);
        session.lists.add(CompletableFuture.failedFuture(new FailureException(new Failure.Timeout())));
        model.refresh();
        assertFalse(model.errorProperty().get().isEmpty());
        assertFalse(model.busyProperty().get());
    }

    @Test
    void aLateAnswerAfterSignOutIsIgnored() {
        model.start(WITH_MODULE);
        CompletableFuture<List<InviteListEntry>> late = new CompletableFuture<>();
        session.lists.add(late);
        model.refresh();
        model.stop();
        late.complete(List.of(entry("a1", "", InviteListEntry.Status.PENDING, NOW.plusSeconds(60), null)));
        assertTrue(model.visibleRows().isEmpty());
    }
}
