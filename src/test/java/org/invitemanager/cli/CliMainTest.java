package org.invitemanager.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.invitemanager.domain.Failure;
import org.invitemanager.domain.FailureException;
import org.invitemanager.domain.Invite;
import org.invitemanager.domain.InviteKind;
import org.invitemanager.domain.InviteListEntry;
import org.invitemanager.domain.RegistrationPolicy;
import org.invitemanager.domain.ServerCapabilities;
import org.invitemanager.domain.SessionInfo;
import org.invitemanager.settings.InviteHistoryStore;
import org.invitemanager.testsupport.FakeXmppSession;
import org.invitemanager.testsupport.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line without a server: arguments, exit codes and output, over a fake session. */
class CliMainTest {

    private static final String ADMIN = "admin@example.org";
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final ServerCapabilities COMPANION = new ServerCapabilities("example.org", Set.of(
            ServerCapabilities.CREATE_ACCOUNT_NODE, ServerCapabilities.COMPANION_CREATE_NODE,
            ServerCapabilities.COMPANION_LIST_NODE, ServerCapabilities.COMPANION_REVOKE_NODE,
            ServerCapabilities.COMPANION_POLICY_NODE));
    private static final ServerCapabilities STOCK = new ServerCapabilities("example.org", Set.of(
            ServerCapabilities.CREATE_ACCOUNT_NODE, ServerCapabilities.CONTACT_INVITE_NODE));

    @TempDir
    Path dataDir;

    private final FakeXmppSession session = new FakeXmppSession();
    private CliHarness cli;

    @BeforeEach
    void fakeServer() {
        cli = new CliHarness(dataDir);
        cli.sessions = () -> session;
        cli.clock = new MutableClock(NOW);
        cli.env.put("INVITE_MANAGER_PASSWORD", "secret");
    }

    private void loginSucceeds(ServerCapabilities caps) {
        session.logins.add(CompletableFuture.completedFuture(new SessionInfo(ADMIN, caps)));
    }

    private void inviteMade(int number) {
        session.invites.add(CompletableFuture.completedFuture(new Invite(InviteKind.ACCOUNT,
                "xmpp:example.org?register;preauth=TOKEN" + number, null, NOW.plusSeconds(3600), "id" + number)));
    }

    private void inviteFails(Failure failure) {
        session.invites.add(CompletableFuture.failedFuture(new FailureException(failure)));
    }

    private CliHarness.Result run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--jid", ADMIN));
        return cli.run(all.toArray(String[]::new));
    }

    @ParameterizedTest
    @ValueSource(strings = {"create", "list", "revoke", "policy", "help", "-h", "--help", "-V", "--version"})
    void subcommandsAndHelpAreTheCommandLine(String first) {
        assertTrue(CliMain.isCommandLine(new String[] {first, "x"}));
    }

    @Test
    void anythingElseOpensTheWindow() {
        assertFalse(CliMain.isCommandLine(new String[0]));
        assertFalse(CliMain.isCommandLine(null));
        assertFalse(CliMain.isCommandLine(new String[] {"--some-javafx-option"}));
        assertFalse(CliMain.isCommandLine(new String[] {"--jid", "create"}));
    }

    @ParameterizedTest
    @ValueSource(strings = {"create", "list", "revoke", "policy"})
    void everyCommandsHelpListsTheExitCodes(String command) {
        CliHarness.Result help = cli.run(command, "--help");

        assertEquals(ExitCodes.OK, help.code());
        assertTrue(help.out().contains("Exit codes:"), help.out());
        ExitCodes.descriptions().keySet().forEach(code ->
                assertTrue(help.out().contains("\n  " + code + "   "), command + " lacks exit code " + code));
        assertTrue(session.loginCalls.isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"--password", "--password=hunter2-secret"})
    void thereIsNoPasswordOptionAndTheRefusalDoesNotRepeatIt(String option) {
        CliHarness.Result result = option.contains("=") ? run("create", option) : run("create", option,
                "hunter2-secret");

        assertEquals(ExitCodes.USAGE, result.code(), result.toString());
        assertTrue(result.err().contains("there is no --password option"), result.err());
        assertFalse(result.err().contains("hunter2-secret"), result.err());
        assertEquals("", result.out());
        assertTrue(session.loginCalls.isEmpty());
    }

    @Test
    void usageMistakesExitWithTwoBeforeConnecting() {
        assertEquals(ExitCodes.USAGE, cli.run("create").code(), "no --jid");
        assertEquals(ExitCodes.USAGE, run("create", "--kind", "admin").code());
        assertEquals(ExitCodes.USAGE, run("create", "--expires", "soon").code());
        assertEquals(ExitCodes.USAGE, run("create", "--paper", "a3").code());
        assertEquals(ExitCodes.USAGE, run("create", "--in-flight", "17").code());
        assertEquals(ExitCodes.USAGE, run("create", "--count", "501").code());
        assertEquals(ExitCodes.USAGE, run("create", "--count", "2", "--username", "zed").code());
        assertEquals(ExitCodes.USAGE, run("policy", "sometimes").code());
        assertEquals(ExitCodes.USAGE, run("list", "--trust-sha256", "AB:CD").code());
        assertEquals(ExitCodes.USAGE, cli.run("list", "--jid", "no-at-sign").code());
        assertTrue(session.loginCalls.isEmpty());
    }

    @Test
    void anInviteTheOptionsCannotMakeIsExplainedBeforeConnecting() {
        CliHarness.Result reset = run("create", "--kind", "reset");

        assertEquals(ExitCodes.USAGE, reset.code());
        assertTrue(reset.err().contains("A password reset needs the account's username."), reset.err());
        assertTrue(session.loginCalls.isEmpty());
    }

    @Test
    void anOutputFileInAMissingFolderIsRefusedBeforeAnyInviteIsMade() {
        CliHarness.Result result = run("create", "--pdf", dataDir.resolve("no/such/folder/sheet.pdf").toString());

        assertEquals(ExitCodes.USAGE, result.code(), result.toString());
        assertTrue(result.err().contains("does not exist"), result.err());
        assertTrue(session.loginCalls.isEmpty());
    }

    @Test
    void oneInviteIsOneLineOnStandardOutputAndKeptInTheHistory() {
        loginSucceeds(COMPANION);
        inviteMade(1);

        CliHarness.Result result = run("create", "--note", "For Bob");

        assertEquals(ExitCodes.OK, result.code(), result.toString());
        assertEquals("Invite 1\txmpp:example.org?register;preauth=TOKEN1\t2026-03-01T11:00:00Z\tid1\n",
                result.out().replace("\r\n", "\n"));
        assertEquals("", result.err());
        assertEquals("For Bob · Invite 1", session.createdWith.get(0).note());
        assertEquals("secret", session.loginCalls.get(0).password());
        List<InviteListEntry> history = new InviteHistoryStore(dataDir).entries(ADMIN);
        assertEquals(1, history.size());
        assertEquals("Invite 1", history.get(0).note());
        assertEquals(NOW, history.get(0).created());
    }

    @Test
    void aBatchWithAFailureIsPartialAndStillPrintsTheInvitesMade() {
        loginSucceeds(COMPANION);
        inviteMade(1);
        inviteFails(new Failure.ServerError("internal-server-error", "Disk full"));
        inviteMade(3);

        CliHarness.Result result = run("create", "--count", "3", "--in-flight", "1");

        assertEquals(ExitCodes.PARTIAL, result.code(), result.toString());
        assertEquals(2, result.out().lines().count(), result.out());
        assertTrue(result.err().contains("Invite 2 failed: The server reported an error: Disk full."), result.err());
        assertTrue(result.err().contains("Created 2 of 3 invites on example.org; 1 failed."), result.err());
    }

    @Test
    void aBatchWhereEveryInviteFailsExitsWithTheReason() {
        loginSucceeds(COMPANION);
        inviteFails(new Failure.Forbidden("Not for you"));
        inviteFails(new Failure.Forbidden("Not for you"));

        CliHarness.Result result = run("create", "--count", "2", "--json");

        assertEquals(ExitCodes.REFUSED_BY_SERVER, result.code(), result.toString());
        JsonNode json = result.json();
        assertEquals(0, json.get("invites").size());
        assertEquals("Invite 1", json.get("failed").get(0).get("label").asText());
        assertEquals("The server refused: Not for you.", json.get("failed").get(0).get("error").asText());
    }

    @Test
    void aLostConnectionStopsTheBatchAndSaysHowManyWereNotStarted() {
        loginSucceeds(COMPANION);
        inviteMade(1);
        inviteFails(new Failure.ConnectionLost());

        CliHarness.Result result = run("create", "--count", "5", "--in-flight", "1", "--json");

        assertEquals(ExitCodes.PARTIAL, result.code(), result.toString());
        assertEquals(3, result.json().get("notStarted").asInt());
        assertEquals(1, result.json().get("invites").size());
    }

    @Test
    void ctrlCStartsNoMoreInvitesButPrintsThoseMadeAndUninstallsItsHook() throws Exception {
        AtomicReference<Runnable> onInterrupt = new AtomicReference<>();
        AtomicBoolean uninstalled = new AtomicBoolean();
        cli.interrupts = action -> {
            onInterrupt.set(action);
            return () -> uninstalled.set(true);
        };
        loginSucceeds(COMPANION);
        inviteMade(1);
        CompletableFuture<Invite> second = new CompletableFuture<>();
        session.invites.add(second);
        ExecutorService background = Executors.newSingleThreadExecutor();
        try {
            Future<CliHarness.Result> running = background.submit(() -> run("create", "--count", "5", "--in-flight",
                    "1"));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (second.getNumberOfDependents() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            Thread interrupt = new Thread(onInterrupt.get());
            interrupt.start();
            while (interrupt.getState() != Thread.State.TIMED_WAITING && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            second.complete(new Invite(InviteKind.ACCOUNT, "xmpp:example.org?register;preauth=T2", null, null, "id2"));

            CliHarness.Result result = running.get(10, TimeUnit.SECONDS);
            interrupt.join(10_000);

            assertEquals(ExitCodes.PARTIAL, result.code(), result.toString());
            assertEquals(2, result.out().lines().count(), result.out());
            assertTrue(result.err().contains("Created 2 of 5 invites on example.org; 3 not started (interrupted)."),
                    result.err());
            assertFalse(interrupt.isAlive(), "the interrupt waits only until the result is out");
            assertTrue(uninstalled.get());
        } finally {
            background.shutdownNow();
        }
    }

    @Test
    void anOutputFileThatCannotBeWrittenExitsWithEightButTheInvitesArePrinted() throws IOException {
        Path folder = Files.createDirectory(dataDir.resolve("gone"));
        cli.sessions = () -> {
            try {
                // The folder disappears after the early check, as a full or unplugged disk would.
                Files.delete(folder);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
            return session;
        };
        loginSucceeds(COMPANION);
        inviteMade(1);

        CliHarness.Result result = run("create", "--csv", folder.resolve("out.csv").toString());

        assertEquals(ExitCodes.OUTPUT_FILE, result.code(), result.toString());
        assertEquals(1, result.out().lines().count(), result.out());
        assertTrue(result.err().contains("cannot write the CSV"), result.err());
    }

    @Test
    void optionsAStockServerCannotHonourAreRefusedWithoutCreatingAnything() {
        loginSucceeds(STOCK);

        CliHarness.Result result = run("create", "--expires", "2w", "--note", "x");

        assertEquals(ExitCodes.REFUSED_BY_SERVER, result.code(), result.toString());
        assertTrue(result.err().contains("--expires, --note need the Invite Manager module"), result.err());
        assertTrue(session.created.isEmpty());
    }

    @Test
    void aStockServerGetsNoLabelAsNoteButTheHistoryKeepsIt() {
        loginSucceeds(STOCK);
        inviteMade(1);

        CliHarness.Result result = run("create", "--label", "Desk");

        assertEquals(ExitCodes.OK, result.code(), result.toString());
        assertEquals(null, session.createdWith.get(0).note());
        assertEquals("Desk 1", new InviteHistoryStore(dataDir).entries(ADMIN).get(0).note());
    }

    @Test
    void aRefusedLoginPrintsNothingOnStandardOutput() {
        session.logins.add(CompletableFuture.failedFuture(new FailureException(new Failure.AuthFailed())));

        CliHarness.Result result = run("list");

        assertEquals(ExitCodes.LOGIN_REFUSED, result.code());
        assertEquals("", result.out());
        assertTrue(result.err().startsWith("Error: Login refused"), result.err());
    }

    @Test
    void anUnforeseenErrorExitsWithOneAndNoStackTrace() {
        loginSucceeds(COMPANION);
        session.lists.add(CompletableFuture.failedFuture(new IllegalStateException("boom")));

        CliHarness.Result result = run("list");

        assertEquals(ExitCodes.UNEXPECTED, result.code(), result.toString());
        assertFalse(result.err().contains("\tat "), result.err());
    }

    @Test
    void theListIsATableWithTheStatusAtThisMoment() {
        loginSucceeds(COMPANION);
        session.lists.add(CompletableFuture.completedFuture(List.of(
                new InviteListEntry("abc", InviteKind.ACCOUNT, InviteListEntry.Status.PENDING, NOW.minusSeconds(60),
                        NOW.minusSeconds(1), 0, 1, "line\nbreak", ADMIN, "", List.of(), "xmpp:x?register", ""),
                new InviteListEntry("d", InviteKind.CONTACT, InviteListEntry.Status.USED, null, null, 2, null, "",
                        ADMIN, "", List.of(), "", ""))));

        CliHarness.Result result = run("list");

        assertEquals(ExitCodes.OK, result.code(), result.toString());
        assertEquals(List.of(
                "ID   KIND     STATUS   EXPIRES               USES  NOTE",
                "abc  account  expired  2026-03-01T09:59:59Z  0/1   line break",
                "d    contact  used     never                 2"), result.out().lines().toList());
    }

    @Test
    void revokeAndPolicyPrintWhatTheyDid() {
        loginSucceeds(COMPANION);
        session.revokes.add(CompletableFuture.completedFuture(null));
        assertEquals("Revoked abc", run("revoke", "abc").out().strip());
        assertEquals(List.of("abc"), session.revoked);

        loginSucceeds(COMPANION);
        session.policies.add(CompletableFuture.completedFuture(RegistrationPolicy.CLOSED));
        CliHarness.Result policy = run("policy", "closed", "--json");
        assertEquals("closed", policy.json().get("policy").asText(), policy.toString());
        assertEquals(List.of(RegistrationPolicy.CLOSED), session.policiesSet);
    }
}
