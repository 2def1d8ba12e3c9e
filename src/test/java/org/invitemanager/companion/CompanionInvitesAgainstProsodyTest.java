package org.invitemanager.companion;

import java.util.stream.Stream;
import java.util.TreeMap;
import java.util.Map;
import java.nio.file.Path;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.invitemanager.domain.Failure;
import org.invitemanager.domain.FailureException;
import org.invitemanager.domain.Invite;
import org.invitemanager.domain.InviteKind;
import org.invitemanager.domain.InviteListEntry;
import org.invitemanager.domain.InviteOptions;
import org.invitemanager.domain.SessionInfo;
import org.invitemanager.testsupport.ProsodyExtension;
import org.invitemanager.testsupport.ProsodyServer;
import org.invitemanager.testsupport.TestAccounts;
import org.invitemanager.xmpp.InviteRedeemer;
import org.invitemanager.xmpp.RawCommands;
import org.invitemanager.xmpp.SmackXmppSession;
import org.invitemanager.domain.ServerCapabilities;
import org.invitemanager.domain.command.CommandStep;
import org.invitemanager.domain.form.FormAnswers;
import org.jivesoftware.smack.XMPPException;
import org.jivesoftware.smack.packet.StanzaError;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Each option of the companion module's create command, proven by registering accounts on a real Prosody. */
class CompanionInvitesAgainstProsodyTest {

    @RegisterExtension
    static final ProsodyExtension PROSODY = new ProsodyExtension(
            ProsodyServer.Options.defaults().withCompanionModule());

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

    private static Invite create(InviteOptions options) {
        return await(admin.createInvite(options));
    }

    private static InviteOptions account() {
        return InviteOptions.of(InviteKind.ACCOUNT);
    }

    private static void register(Invite invite, String name) {
        InviteRedeemer.register(TestAccounts.target(PROSODY.server()), invite.uri(), name, "pw-" + name);
    }

    private static Failure refusal(Invite invite, String name) {
        FailureException refused = assertThrows(FailureException.class, () -> register(invite, name));
        return refused.failure();
    }

    private static Failure createFailure(InviteOptions options) {
        try {
            create(options);
        } catch (java.util.concurrent.CompletionException e) {
            return FailureException.of(e.getCause());
        }
        throw new AssertionError("the server accepted " + options);
    }

    private static void assertCanLogIn(String name) throws Exception {
        XMPPTCPConnection connection = TestAccounts.smackLogin(PROSODY.server(), name, "pw-" + name);
        try {
            assertTrue(connection.isAuthenticated());
        } finally {
            connection.disconnect();
        }
    }

    private static InviteListEntry listed(String id) {
        return await(admin.listInvites()).stream().filter(e -> e.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("invite " + id + " is not listed"));
    }

    @Test
    void theAdminSeesTheModuleAndItsRoles() {
        SessionInfo info = await(new SmackXmppSession().login(
                TestAccounts.login(PROSODY.server(), PROSODY.server().adminJid()), PROSODY.server().adminPassword(),
                TestAccounts.pin(PROSODY.server())));
        assertTrue(info.capabilities().hasCompanion());
        assertTrue(info.capabilities().canManagePolicy());
        assertTrue(info.capabilities().roles().contains("prosody:admin"), info.capabilities().roles().toString());
    }

    @Test
    void aPlainUserIsForbiddenEveryModuleCommandAndDoesNotSeeThem() throws Exception {
        XMPPTCPConnection alice = TestAccounts.smackLogin(PROSODY.server(), ProsodyServer.USER_LOCALPART,
                ProsodyServer.USER_PASSWORD);
        try {
            List<String> offered = RawCommands.offeredNodes(alice);
            for (String node : List.of(ServerCapabilities.COMPANION_CREATE_NODE, ServerCapabilities.COMPANION_LIST_NODE,
                    ServerCapabilities.COMPANION_REVOKE_NODE, ServerCapabilities.COMPANION_CLEANUP_NODE,
                    ServerCapabilities.COMPANION_POLICY_NODE)) {
                assertFalse(offered.contains(node), node);
                XMPPException.XMPPErrorException error = assertThrows(XMPPException.XMPPErrorException.class,
                        () -> RawCommands.execute(alice, node), node);
                assertEquals(StanzaError.Condition.forbidden, error.getStanzaError().getCondition(), node);
            }
        } finally {
            alice.disconnect();
        }
    }

    @Test
    void aPlainInviteFromTheModuleRegistersOnceAndCarriesAnId() throws Exception {
        Invite invite = create(account());
        assertNotNull(invite.id());
        assertFalse(invite.uri().contains(invite.id()), "the id must not be the token");
        String name = TestAccounts.freshName("plain");

        register(invite, name);

        assertCanLogIn(name);
        assertInstanceOf(Failure.Forbidden.class, refusal(invite, TestAccounts.freshName("again")));
    }

    @Test
    void aShortExpiryWorksBeforeAndIsRefusedAfter() throws Exception {
        Invite used = create(new InviteOptions(InviteKind.ACCOUNT, Duration.ofSeconds(2), false, null, null, null, null));
        Invite unused = create(new InviteOptions(InviteKind.ACCOUNT, Duration.ofSeconds(2), false, null, null, null,
                null));
        assertTrue(Duration.between(Instant.now(), unused.expires()).getSeconds() <= 3, unused.expires().toString());
        String name = TestAccounts.freshName("quick");
        register(used, name);
        assertCanLogIn(name);

        Thread.sleep(3_200);

        assertInstanceOf(Failure.Forbidden.class, refusal(unused, TestAccounts.freshName("late")));
        assertEquals(InviteListEntry.Status.EXPIRED, listed(unused.id()).status());
        int removed = await(admin.removeExpiredInvites());
        assertTrue(removed >= 1, "removed " + removed);
        assertTrue(await(admin.listInvites()).stream().noneMatch(e -> e.id().equals(unused.id())));
    }

    @Test
    void maxUsesThreeGivesExactlyThreeAccounts() throws Exception {
        Invite invite = create(new InviteOptions(InviteKind.ACCOUNT, Duration.ofHours(1), true, 3, null, null,
                "Workshop"));
        List<String> names = List.of(TestAccounts.freshName("w"), TestAccounts.freshName("w"),
                TestAccounts.freshName("w"));
        for (String name : names) {
            register(invite, name);
            assertCanLogIn(name);
        }

        assertInstanceOf(Failure.Forbidden.class, refusal(invite, TestAccounts.freshName("fourth")));
        InviteListEntry entry = listed(invite.id());
        assertEquals(3, entry.uses());
        assertEquals(3, entry.maxUses());
        assertEquals("Workshop", entry.note());
        assertEquals(names, entry.usedBy().stream().map(u -> u.account().replace("@localhost", "")).toList());
    }

    @Test
    void aReusableInviteWithoutALimitKeepsWorkingUntilItExpires() throws Exception {
        Invite invite = create(new InviteOptions(InviteKind.ACCOUNT, Duration.ofHours(1), true, null, null, null,
                null));
        for (int i = 0; i < 4; i++) {
            String name = TestAccounts.freshName("many");
            register(invite, name);
            assertCanLogIn(name);
        }
        assertEquals(InviteListEntry.Status.PENDING, listed(invite.id()).status());
    }

    @Test
    void aRevokedInviteIsRefused() {
        Invite invite = create(account());
        assertEquals(InviteListEntry.Status.PENDING, listed(invite.id()).status());

        await(admin.revokeInvite(invite.id()));

        assertInstanceOf(Failure.Forbidden.class, refusal(invite, TestAccounts.freshName("revoked")));
        assertTrue(await(admin.listInvites()).stream().noneMatch(e -> e.id().equals(invite.id())));
    }

    @Test
    void aRevokedContactInviteIsRefusedToo() {
        Invite invite = create(InviteOptions.of(InviteKind.CONTACT));
        assertTrue(invite.uri().contains("?roster;"), invite.uri());

        await(admin.revokeInvite(invite.id()));

        assertInstanceOf(Failure.Forbidden.class, refusal(invite, TestAccounts.freshName("contact")));
    }

    @Test
    void aPresetUsernameIsEnforced() throws Exception {
        String preset = TestAccounts.freshName("zed");
        Invite invite = create(new InviteOptions(InviteKind.ACCOUNT, null, false, null, preset, null, null));
        assertTrue(invite.uri().startsWith("xmpp:" + preset + "@localhost?register;"), invite.uri());

        Failure other = refusal(invite, TestAccounts.freshName("notzed"));
        assertInstanceOf(Failure.ServerError.class, other);
        assertTrue(((Failure.ServerError) other).text().contains(preset), other.toString());

        register(invite, preset);
        assertCanLogIn(preset);
        assertEquals(List.of(preset + "@localhost"),
                listed(invite.id()).usedBy().stream().map(u -> u.account()).toList());
    }

    @Test
    void theAdminRoleGivesTheNewAccountTheAdminCommands() {
        Invite invite = create(new InviteOptions(InviteKind.ACCOUNT, null, false, null, null, "prosody:admin", null));
        String name = TestAccounts.freshName("boss");
        register(invite, name);

        SmackXmppSession session = new SmackXmppSession();
        try {
            SessionInfo info = await(session.login(TestAccounts.login(PROSODY.server(), name + "@localhost"),
                    "pw-" + name, TestAccounts.pin(PROSODY.server())));
            assertTrue(info.capabilities().isAdmin());
            assertTrue(info.capabilities().hasCompanion());
        } finally {
            session.close();
        }
    }

    @Test
    void aPasswordResetChangesThePasswordOfThatAccountOnly() throws Exception {
        String name = TestAccounts.freshName("forgetful");
        register(create(account()), name);
        Invite reset = create(new InviteOptions(InviteKind.PASSWORD_RESET, null, false, null, name, null, null));
        assertTrue(reset.uri().startsWith("xmpp:" + name + "@localhost?register;"), reset.uri());

        // Prosody 0.12 would create a new account with a reset token; the module refuses any other name.
        assertInstanceOf(Failure.ServerError.class, refusal(reset, TestAccounts.freshName("stranger")));
        InviteRedeemer.register(TestAccounts.target(PROSODY.server()), reset.uri(), name, "new-password");

        XMPPTCPConnection connection = TestAccounts.smackLogin(PROSODY.server(), name, "new-password");
        connection.disconnect();
    }

    @Test
    void badInputGetsAClearErrorAndLeavesNoInviteBehind() {
        int before = await(admin.listInvites()).size();
        String taken = PROSODY.server().userJid().split("@")[0];

        Failure takenName = createFailure(new InviteOptions(InviteKind.ACCOUNT, null, false, null, taken, null, null));
        Failure noSuchAccount = createFailure(new InviteOptions(InviteKind.PASSWORD_RESET, null, false, null,
                TestAccounts.freshName("ghost"), null, null));
        Failure badRole = createFailure(new InviteOptions(InviteKind.ACCOUNT, null, false, null, null, "no:such",
                null));

        assertTrue(text(takenName).contains("taken"), takenName.toString());
        assertTrue(text(noSuchAccount).contains("no account"), noSuchAccount.toString());
        assertTrue(text(badRole).contains("Unknown role"), badRole.toString());
        assertEquals(before, await(admin.listInvites()).size());
    }

    @Test
    void badRawOptionsForEveryCommandAreRefusedAndNoStoredFileChanges() throws Exception {
        int listed = await(admin.listInvites()).size();
        Map<Path, String> before = storedFiles();
        XMPPTCPConnection raw = TestAccounts.smackLogin(PROSODY.server(), ProsodyServer.ADMIN_LOCALPART,
                ProsodyServer.ADMIN_PASSWORD);
        try {
            assertRawCreateRefused(raw, "kind", "bogus", "Unknown kind");
            assertRawCreateRefused(raw, "expiry", "-5", "at least one second");
            assertRawCreateRefused(raw, "expiry", "soon", "number of seconds");
            assertRawCreateRefused(raw, "max-uses", "0", "at least 1");
            assertRawCreateRefused(raw, "username", "bad user", "not valid");
            assertRawCreateRefused(raw, "kind", "", "Required value missing");
            assertRawCreateRefused(raw, "expiry", "1e309", "number of seconds");
            assertRawCreateRefused(raw, "expiry", "99999999999999999999", "");
            assertRawCreateRefused(raw, "max-uses", "-1", "at least 1");
            assertRawCreateRefused(raw, "max-uses", "2.5", "");
            assertRawCreateRefused(raw, "username", "x".repeat(5000), "not valid");
            // XML cannot carry C0 control characters at all (the server would close the stream), so these are the
            // invisible ones it can carry.
            assertRawCreateRefused(raw, "username", "bob\tevil", "not valid");
            assertRawCreateRefused(raw, "username", "bob\u202Eevil", "not valid");
            assertRawCreateRefused(raw, "role", "prosody:admin\u200B", "Unknown role");
            assertRawRefused(raw, ServerCapabilities.COMPANION_REVOKE_NODE, Map.of("id", List.of("no-such-invite")));
            assertRawRefused(raw, ServerCapabilities.COMPANION_REVOKE_NODE, Map.of("id", List.of("")));
            assertRawRefused(raw, ServerCapabilities.COMPANION_POLICY_NODE, Map.of("policy", List.of("maybe")));
            // Found by this test: the module used to act on the first of several values.
            assertRawRefused(raw, ServerCapabilities.COMPANION_POLICY_NODE,
                    Map.of("policy", List.of("open", "closed")));
            assertRawRefused(raw, ServerCapabilities.COMPANION_REVOKE_NODE, Map.of("id", List.of("a", "b")));
            assertRawCreateRefused(raw, "kind", List.of("contact", "account"), "Only one value");
        } finally {
            raw.disconnect();
        }
        assertEquals(before, storedFiles(), "the module's storage and the invites are exactly as they were");
        assertEquals(listed, await(admin.listInvites()).size());
    }

    /** Every stored file of the host, with its content, except the accounts' own (logins may touch those). */
    private static Map<Path, String> storedFiles() throws Exception {
        Path host = PROSODY.server().dataDir().resolve("localhost");
        Map<Path, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(host)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(host.relativize(file), Files.readString(file, StandardCharsets.ISO_8859_1));
            }
        }
        files.keySet().removeIf(file -> file.startsWith("accounts"));
        return files;
    }

    private static void assertRawRefused(XMPPTCPConnection raw, String node, Map<String, List<String>> answers)
            throws Exception {
        CommandStep first = RawCommands.execute(raw, node);
        FormAnswers form = new FormAnswers(first.form());
        answers.forEach(form::set);
        CommandStep answer;
        try {
            answer = RawCommands.complete(raw, first, form.values());
        } catch (XMPPException.XMPPErrorException refusedAsAnError) {
            return;
        }
        assertTrue(notes(answer).contains("error: "), node + " " + answers + " gave " + notes(answer));
    }

    private static void assertRawCreateRefused(XMPPTCPConnection raw, String var, String value, String expected)
            throws Exception {
        assertRawCreateRefused(raw, var, List.of(value), expected);
    }

    private static void assertRawCreateRefused(XMPPTCPConnection raw, String var, List<String> value,
                                               String expected) throws Exception {
        CommandStep first = RawCommands.execute(raw, ServerCapabilities.COMPANION_CREATE_NODE);
        FormAnswers form = new FormAnswers(first.form());
        form.set("kind", "account");
        if ("max-uses".equals(var)) {
            form.set("reusable", true);
        }
        form.set(var, value);
        CommandStep answer = RawCommands.complete(raw, first, form.values());
        String notes = notes(answer);
        assertTrue(notes.contains("error: ") && notes.contains(expected), var + "=" + value + " gave " + notes);
    }

    private static String notes(CommandStep answer) {
        return answer.notes().stream().map(n -> n.severity().wireName() + ": " + n.text()).toList().toString();
    }

    private static String text(Failure failure) {
        return failure instanceof Failure.ServerError error ? error.text() : failure.toString();
    }
}
