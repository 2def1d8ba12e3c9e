package org.invitemanager.ui.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.invitemanager.domain.Failure;
import org.invitemanager.domain.FailureException;
import org.invitemanager.domain.ServerCapabilities;
import org.invitemanager.domain.SessionInfo;
import org.invitemanager.domain.command.AdminCommand;
import org.invitemanager.domain.command.CommandGroup;
import org.invitemanager.settings.InviteHistoryStore;
import org.invitemanager.testsupport.FakeXmppSession;
import org.invitemanager.testsupport.MutableClock;
import org.invitemanager.ui.ExpiryText;
import org.invitemanager.ui.FailureMessages;
import org.invitemanager.ui.qr.InviteCardViewModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandsViewModelTest {

    private static final SessionInfo ADMIN = new SessionInfo("admin@localhost",
            new ServerCapabilities("localhost", Set.of(ServerCapabilities.CREATE_ACCOUNT_NODE)));
    private static final AdminCommand ADD_USER =
            new AdminCommand("http://jabber.org/protocol/admin#add-user", "Add User");
    private static final AdminCommand DELETE_USER =
            new AdminCommand("http://jabber.org/protocol/admin#delete-user", "Delete User");
    private static final AdminCommand LIST_MODULES =
            new AdminCommand("http://prosody.im/protocol/modules#list", "List loaded modules");
    private static final AdminCommand CREATE_INVITE =
            new AdminCommand("urn:xmpp:invite#create-account", "Create new account invite");
    private static final AdminCommand RELOAD_CONFIG =
            new AdminCommand("http://prosody.im/protocol/config#reload", "Reload configuration");
    private static final AdminCommand SHUT_DOWN =
            new AdminCommand("http://jabber.org/protocol/admin#shutdown", "Shut Down Service");
    private static final AdminCommand SOMETHING = new AdminCommand("urn:example:x", "Something");
    private static final List<AdminCommand> PROSODY = List.of(SOMETHING, RELOAD_CONFIG, DELETE_USER, LIST_MODULES,
            ADD_USER, CREATE_INVITE, SHUT_DOWN);

    @TempDir
    Path dir;

    private FakeXmppSession session;
    private CommandsViewModel model;

    @BeforeEach
    void setUp() {
        session = new FakeXmppSession();
        MutableClock clock = new MutableClock(Instant.parse("2026-12-01T10:00:00Z"));
        CommandRunViewModel runner = new CommandRunViewModel(session, new InviteCardViewModel(clock,
                new ExpiryText(ZoneOffset.UTC, Locale.US), Runnable::run, Runnable::run),
                new InviteHistoryStore(dir), clock, Runnable::run, Runnable::run);
        model = new CommandsViewModel(session, runner, Runnable::run);
    }

    private void answer(List<AdminCommand> commands) {
        session.commandLists.add(CompletableFuture.completedFuture(commands));
    }

    private void loaded() {
        model.start(ADMIN);
        answer(PROSODY);
        model.shown();
    }

    private List<CommandGroup> headings() {
        return model.groupsProperty().get().stream().map(CommandsViewModel.Group::group).toList();
    }

    private List<String> names(CommandGroup group) {
        return model.groupsProperty().get().stream().filter(g -> g.group() == group).findFirst().orElseThrow()
                .commands().stream().map(AdminCommand::name).toList();
    }

    @Test
    void theListIsReadWhenFirstShownAndAgainOnlyOnRefresh() {
        model.start(ADMIN);
        assertEquals(List.of(), model.groupsProperty().get(), "nothing read before the tab is shown");
        answer(PROSODY);
        answer(List.of(ADD_USER));
        answer(List.of(ADD_USER, LIST_MODULES));

        model.shown();
        model.shown();

        assertEquals(2, session.commandLists.size(), "the second shown() read nothing");
        assertEquals("7 commands", model.statusProperty().get());
        assertFalse(model.loadingProperty().get());

        model.refresh();

        assertEquals(1, session.commandLists.size());
        assertEquals(List.of(CommandGroup.USERS), headings());
        assertEquals("1 command", model.statusProperty().get());
    }

    @Test
    void loadingWhileTheListIsPending() {
        model.start(ADMIN);
        CompletableFuture<List<AdminCommand>> pending = new CompletableFuture<>();
        session.commandLists.add(pending);

        model.shown();

        assertTrue(model.loadingProperty().get());
        pending.complete(List.of());
        assertFalse(model.loadingProperty().get());
        assertEquals("The server offers this account no commands.", model.statusProperty().get());
        assertEquals(List.of(), model.groupsProperty().get());
    }

    @Test
    void commandsAreGroupedInTheFixedOrderAndSortedByName() {
        loaded();

        assertEquals(List.of(CommandGroup.INVITES, CommandGroup.USERS, CommandGroup.MODULES, CommandGroup.SERVER,
                CommandGroup.OTHER), headings());
        assertEquals(List.of("Create new account invite"), names(CommandGroup.INVITES));
        assertEquals(List.of("Add User", "Delete User"), names(CommandGroup.USERS));
        assertEquals(List.of("List loaded modules"), names(CommandGroup.MODULES));
        assertEquals(List.of("Reload configuration", "Shut Down Service"), names(CommandGroup.SERVER));
        assertEquals(List.of("Something"), names(CommandGroup.OTHER));
    }

    @Test
    void searchMatchesNameOrNodeIgnoringCaseAndDropsEmptyGroups() {
        loaded();

        model.searchProperty().set("  uSER ");
        assertEquals(List.of(CommandGroup.USERS), headings());
        assertEquals(List.of("Add User", "Delete User"), names(CommandGroup.USERS));

        model.searchProperty().set("ADMIN#SHUT");
        assertEquals(List.of(CommandGroup.SERVER), headings());
        assertEquals(List.of("Shut Down Service"), names(CommandGroup.SERVER));

        model.searchProperty().set("prosody.im");
        assertEquals(List.of(CommandGroup.MODULES, CommandGroup.SERVER), headings());
        assertEquals(List.of("Reload configuration"), names(CommandGroup.SERVER));

        model.searchProperty().set("no such command");
        assertEquals(List.of(), model.groupsProperty().get());

        model.searchProperty().set("");
        assertEquals(5, headings().size());
    }

    @Test
    void aFailedListShowsAReadableMessage() {
        model.start(ADMIN);
        Failure refused = new Failure.Forbidden("Only admins may list commands");
        session.commandLists.add(CompletableFuture.failedFuture(new FailureException(refused)));

        model.shown();

        assertEquals(FailureMessages.describe(refused), model.errorProperty().get());
        assertTrue(model.errorProperty().get().contains("Only admins may list commands"));
        assertFalse(model.loadingProperty().get());
        assertEquals("", model.statusProperty().get());
        assertEquals(List.of(), model.groupsProperty().get());

        answer(PROSODY);
        model.shown();
        assertEquals("", model.errorProperty().get(), "a failed read is tried again when shown");
        assertEquals(5, headings().size());
    }

    @Test
    void aFailureWrappedByTheFutureChainIsStillNamed() {
        model.start(ADMIN);
        Failure timeout = new Failure.Timeout();
        session.commandLists.add(CompletableFuture.supplyAsync(() -> {
            throw new FailureException(timeout);
        }, Runnable::run));

        model.shown();

        assertEquals(FailureMessages.describe(timeout), model.errorProperty().get());
    }

    @Test
    void afterTheConnectionIsLostNothingIsAskedOrStarted() {
        loaded();
        answer(PROSODY);

        model.connectionLost();
        model.refresh();
        model.open(ADD_USER);

        assertFalse(model.connectedProperty().get());
        assertFalse(model.loadingProperty().get());
        assertEquals(1, session.commandLists.size(), "refresh read nothing");
        assertTrue(session.commandCalls.isEmpty(), "open started nothing");
        assertNull(model.runner().commandProperty().get());
    }

    @Test
    void openStartsTheCommandInTheRunner() {
        loaded();

        model.open(ADD_USER);

        assertEquals(ADD_USER.node(), session.commandCalls.get(0).node());
        assertEquals(ADD_USER, model.runner().commandProperty().get());
    }

    @Test
    void signingOutClearsTheRunner() {
        loaded();
        model.open(ADD_USER);

        model.stop();

        assertNull(model.runner().commandProperty().get());
        assertNull(model.runner().formProperty().get());
    }

    @Test
    void aListForAnEarlierSessionIsIgnored() {
        model.start(ADMIN);
        CompletableFuture<List<AdminCommand>> late = new CompletableFuture<>();
        session.commandLists.add(late);
        model.shown();

        model.start(ADMIN);
        late.complete(PROSODY);

        assertEquals(List.of(), model.groupsProperty().get());
        assertFalse(model.loadingProperty().get());
        assertEquals("", model.statusProperty().get());
    }
}
