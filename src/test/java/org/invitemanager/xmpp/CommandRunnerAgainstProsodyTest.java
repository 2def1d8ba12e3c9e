package org.invitemanager.xmpp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.invitemanager.domain.Failure;
import org.invitemanager.domain.FailureException;
import org.invitemanager.domain.Invite;
import org.invitemanager.domain.InviteKind;
import org.invitemanager.domain.command.AdminCommand;
import org.invitemanager.domain.command.CommandAction;
import org.invitemanager.domain.command.CommandGroup;
import org.invitemanager.domain.command.CommandNote;
import org.invitemanager.domain.command.CommandStatus;
import org.invitemanager.domain.command.CommandStep;
import org.invitemanager.domain.form.FieldType;
import org.invitemanager.domain.form.FormAnswers;
import org.invitemanager.domain.form.FormField;
import org.invitemanager.domain.form.FormValidator;
import org.invitemanager.domain.form.Validation;
import org.invitemanager.domain.form.XDataForm;
import org.invitemanager.testsupport.ProsodyExtension;
import org.invitemanager.testsupport.ProsodyServer;
import org.invitemanager.testsupport.TestAccounts;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The generic command runner against a real Prosody: its admin commands, the companion module and a test wizard. */
class CommandRunnerAgainstProsodyTest {

    private static final String ADD_USER = "http://jabber.org/protocol/admin#add-user";
    private static final String LIST_MODULES = "http://prosody.im/protocol/modules#list";
    private static final String WIZARD = "urn:x-invite-manager:test#wizard";

    @RegisterExtension
    static final ProsodyExtension PROSODY = new ProsodyExtension(
            ProsodyServer.Options.defaults().withCompanionModule().withTestCommands());

    private static SmackXmppSession admin;

    @BeforeAll
    static void logInAsAdmin() {
        admin = TestAccounts.adminSession(PROSODY.server());
    }

    @AfterAll
    static void logOut() {
        admin.close();
    }

    private static <T> T await(CompletableFuture<T> future) {
        return future.orTimeout(20, TimeUnit.SECONDS).join();
    }

    private static Failure failureOf(CompletableFuture<?> future) {
        CompletionException error = assertThrows(CompletionException.class, () -> await(future));
        return assertInstanceOf(FailureException.class, error.getCause()).failure();
    }

    @Test
    void theCommandListHasProsodysAdminCommandsWithNamesAndGroups() {
        List<AdminCommand> commands = await(admin.listCommands());

        AdminCommand addUser = commands.stream().filter(c -> c.node().equals(ADD_USER)).findFirst().orElseThrow();
        assertEquals("Add User", addUser.name());
        assertEquals(CommandGroup.USERS, addUser.group());
        AdminCommand modules = commands.stream().filter(c -> c.node().equals(LIST_MODULES)).findFirst().orElseThrow();
        assertEquals(CommandGroup.MODULES, modules.group());
        assertTrue(commands.stream().anyMatch(c -> c.group() == CommandGroup.INVITES), commands.toString());
        assertTrue(commands.size() >= 20, "Prosody 0.12.3 offers an admin about 20 commands: " + commands.size());
    }

    @Test
    void addUserThroughTheRunnerMakesAnAccountThatCanLogIn() throws Exception {
        CommandStep form = await(admin.executeCommand(ADD_USER));
        assertEquals(CommandStatus.EXECUTING, form.status());
        FormField account = form.form().field("accountjid").orElseThrow();
        assertEquals(FieldType.JID_SINGLE, account.type());
        assertTrue(account.required());
        assertEquals(FieldType.TEXT_PRIVATE, form.form().field("password").orElseThrow().type());

        String name = TestAccounts.freshName("added");
        FormAnswers answers = new FormAnswers(form.form())
                .set("accountjid", name + "@localhost").set("password", "added-secret")
                .set("password-verify", "added-secret");
        assertEquals(Map.of(), FormValidator.problems(form.form(), answers.values()));
        CommandStep done = await(admin.continueCommand(form, form.enterAction().orElseThrow(), answers.values()));

        assertEquals(CommandStatus.COMPLETED, done.status());
        assertFalse(done.errorNote().isPresent(), done.notes().toString());
        XMPPTCPConnection added = TestAccounts.smackLogin(PROSODY.server(), name, "added-secret");
        try {
            assertTrue(added.isAuthenticated());
        } finally {
            added.disconnect();
        }
    }

    @Test
    void aWizardRunsThroughEveryStageBackAndForthAndReportsEveryFieldType() {
        CommandStep first = await(admin.executeCommand(WIZARD));
        assertEquals(List.of(CommandAction.NEXT), first.allowedActions());
        assertEquals(Optional.of(CommandAction.NEXT), first.enterAction());
        FormField count = first.form().field("count").orElseThrow();
        assertEquals(new Validation("xs:integer", Validation.Method.RANGE, "1", "10", null, null, null),
                count.validation());
        assertTrue(FormValidator.problem(count, List.of("11")).isPresent(), "the server's range is checked first");

        CommandStep second = await(admin.continueCommand(first, CommandAction.NEXT,
                new FormAnswers(first.form()).set("name", "Ada").set("count", "3").values()));
        assertEquals(List.of(CommandAction.PREV, CommandAction.COMPLETE), second.allowedActions());
        assertEquals(first.sessionId(), second.sessionId());

        CommandStep back = await(admin.continueCommand(second, CommandAction.PREV, Map.of()));
        assertEquals("Ada", back.form().firstValue("name"), "going back shows what was entered");
        CommandStep again = await(admin.continueCommand(back, CommandAction.NEXT,
                new FormAnswers(back.form()).set("name", "Ada Lovelace").set("count", "4").values()));

        Map<String, List<String>> answers = new FormAnswers(again.form())
                .set("colour", "green").set("tags", "a", "c").set("friends", "x@localhost", "y@localhost")
                .set("owner", "admin@localhost").set("notes", "line one", "line two").set("secret", "s3cret")
                .set("agree", true).values();
        assertEquals(Map.of(), FormValidator.problems(again.form(), answers));
        CommandStep done = await(admin.continueCommand(again, CommandAction.COMPLETE, answers));

        assertEquals(CommandStatus.COMPLETED, done.status());
        assertEquals(List.of(new CommandNote(CommandNote.Severity.INFO, "The wizard is done.")), done.notes());
        XDataForm table = done.form();
        assertTrue(table.isTable());
        assertEquals(List.of("field", "value"), table.columns().stream().map(FormField::var).toList());
        Map<String, List<String>> got = new java.util.LinkedHashMap<>();
        table.rows().forEach(row -> got.put(row.get("field").get(0), row.get("value")));
        assertEquals(Map.of("name", List.of("Ada Lovelace"), "count", List.of("4"), "colour", List.of("green"),
                "tags", List.of("a", "c"), "friends", List.of("x@localhost", "y@localhost"),
                "owner", List.of("admin@localhost"), "notes", List.of("line one", "line two"),
                "secret", List.of("s3cret"), "agree", List.of("true")), got);
    }

    @Test
    void cancellingMidWayReachesTheServer() {
        CommandStep first = await(admin.executeCommand(WIZARD));
        String token = first.form().firstValue("token");
        assertNotNull(token);
        CommandStep second = await(admin.continueCommand(first, CommandAction.NEXT,
                new FormAnswers(first.form()).set("name", "Quitter").values()));

        CommandStep cancelled = await(admin.cancelCommand(second));

        assertEquals(CommandStatus.CANCELED, cancelled.status());
        CommandStep list = await(admin.executeCommand("urn:x-invite-manager:test#cancellations"));
        assertTrue(list.form().field("tokens").orElseThrow().values().contains(token), list.form().toString());
    }

    @Test
    void listingTheLoadedModulesShowsThemInTheResult() {
        CommandStep done = await(admin.executeCommand(LIST_MODULES));

        assertEquals(CommandStatus.COMPLETED, done.status());
        List<String> modules = done.form().field("modules").orElseThrow().values();
        assertTrue(modules.containsAll(List.of("invites", "invites_adhoc", "admin_adhoc", "invite_manager")),
                modules.toString());
    }

    @Test
    void theCompanionListComesBackAsATableWithOneRowPerInvite() {
        Invite made = await(admin.createInvite(InviteKind.ACCOUNT));
        CommandStep done = await(admin.executeCommand(
                org.invitemanager.domain.ServerCapabilities.COMPANION_LIST_NODE));

        XDataForm table = done.form();
        assertTrue(table.columns().size() >= 4, table.columns().toString());
        assertEquals(await(admin.listInvites()).size(), table.rows().size());
        assertTrue(table.rows().stream().anyMatch(row -> List.of(made.id()).equals(row.get("id"))));
    }

    @Test
    void anInviteMadeThroughTheRunnerIsRecognisedAndRegistersOnceAndNotAfterRevoking() {
        CommandStep done = await(admin.executeCommand(org.invitemanager.domain.ServerCapabilities.CREATE_ACCOUNT_NODE));
        Invite invite = InviteResultParser.find(done).orElseThrow();
        assertEquals(InviteKind.ACCOUNT, invite.kind());

        String name = TestAccounts.freshName("runner");
        InviteRedeemer.register(TestAccounts.target(PROSODY.server()), invite.uri(), name, "runner-secret");
        assertInstanceOf(FailureException.class, assertThrows(FailureException.class, () -> InviteRedeemer.register(
                TestAccounts.target(PROSODY.server()), invite.uri(), TestAccounts.freshName("again"), "x-secret")));

        CommandStep other = await(admin.executeCommand(org.invitemanager.domain.ServerCapabilities.CREATE_ACCOUNT_NODE));
        Invite revoked = InviteResultParser.find(other).orElseThrow();
        String id = await(admin.listInvites()).stream().filter(e -> e.uri().equals(revoked.uri())).findFirst()
                .orElseThrow().id();
        await(admin.revokeInvite(id));
        FailureException refused = assertThrows(FailureException.class, () -> InviteRedeemer.register(
                TestAccounts.target(PROSODY.server()), revoked.uri(), TestAccounts.freshName("late"), "x-secret"));
        assertInstanceOf(Failure.Forbidden.class, refused.failure());
    }

    @Test
    void errorsComeBackAsFailuresTheAdminCanRead() throws Exception {
        assertInstanceOf(Failure.ServerError.class, failureOf(admin.executeCommand("urn:example:no-such-command")));

        try (SmackXmppSession alice = new SmackXmppSession()) {
            await(alice.login(TestAccounts.login(PROSODY.server(), ProsodyServer.USER_LOCALPART + "@localhost"),
                    ProsodyServer.USER_PASSWORD, TestAccounts.pin(PROSODY.server())));
            assertInstanceOf(Failure.Forbidden.class, failureOf(alice.executeCommand(ADD_USER)));
        }
    }
}
