package org.invitemanager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.invitemanager.bulk.BulkInviteRun;
import org.invitemanager.bulk.BulkListener;
import org.invitemanager.bulk.BulkOutcome;
import org.invitemanager.bulk.BulkRequest;
import org.invitemanager.cli.CliEnvironment;
import org.invitemanager.cli.CliMain;
import org.invitemanager.cli.InterruptHook;
import org.invitemanager.domain.Failure;
import org.invitemanager.domain.FailureException;
import org.invitemanager.domain.Invite;
import org.invitemanager.domain.InviteKind;
import org.invitemanager.domain.InviteListEntry;
import org.invitemanager.domain.InviteOptions;
import org.invitemanager.domain.LabelledInvite;
import org.invitemanager.domain.RegistrationPolicy;
import org.invitemanager.domain.command.CommandStatus;
import org.invitemanager.domain.command.CommandStep;
import org.invitemanager.domain.form.FormAnswers;
import org.invitemanager.testsupport.LogCapture;
import org.invitemanager.testsupport.ProsodyExtension;
import org.invitemanager.testsupport.ProsodyServer;
import org.invitemanager.testsupport.TestAccounts;
import org.invitemanager.xmpp.InviteRedeemer;
import org.invitemanager.xmpp.SmackXmppSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every flow of the app against a real Prosody with logging at ALL and Smack's wire log on: not one captured line,
 * log record or console write holds a password or an invite token, in clear, XML-escaped or base64 (SASL PLAIN).
 */
@Timeout(180)
class SecretsInLogsAgainstProsodyTest {

    private static final String WIRE_LOGGER = "org.invitemanager.xmpp.WireLog";
    private static final String WRONG_PASSWORD = "wrong-Pa55&word<x>";
    private static final String ADDED_PASSWORD = "added-S3cret'pw";
    private static final String REGISTERED_PASSWORD = "registered-S3cret\"pw";

    @RegisterExtension
    static final ProsodyExtension PROSODY = new ProsodyExtension(ProsodyServer.Options.defaults()
            .withCompanionModule()
            // A landing page on every invite, so links built from tokens go over the wire too.
            .withModules("invites_page")
            .withConfig("invites_page_external = true",
                    "invites_page = \"https://invite.example.test/{invite.token}\""));

    @TempDir
    Path dataDir;

    private final Set<String> passwords = new LinkedHashSet<>();
    private final Set<String> tokens = new LinkedHashSet<>();

    private ProsodyServer server() {
        return PROSODY.server();
    }

    private static <T> T await(CompletableFuture<T> future) {
        return future.orTimeout(30, TimeUnit.SECONDS).join();
    }

    @Test
    void noPasswordAndNoInviteTokenAppearsInAnyLogLineAtDebugLevel() throws Exception {
        List<String> lines;
        List<String> wire;
        try (LogCapture capture = LogCapture.start()) {
            runEveryFlow();
            lines = capture.lines();
            wire = capture.messagesOf(WIRE_LOGGER);
        }

        assertTrue(tokens.size() >= 10, "tokens collected: " + tokens.size());
        assertTrue(wire.size() > 100, "the wire log ran: " + wire.size() + " lines");
        List<String> forms = secretForms();
        List<String> leaks = new ArrayList<>();
        for (String line : lines) {
            forms.stream().filter(line::contains).forEach(secret -> leaks.add(secret + " in: " + line));
        }
        assertEquals(List.of(), leaks);
        assertTrue(wire.stream().anyMatch(l -> l.contains("<auth") && l.contains("[redacted]")), "SASL auth seen");
        assertTrue(wire.stream().anyMatch(l -> l.contains("urn:xmpp:pars:0") && l.contains("token='[redacted]'")),
                "preauth seen");
        assertTrue(wire.stream().anyMatch(l -> l.contains("jabber:iq:register") && l.contains("<password>[redacted]")),
                "registration seen");
        assertTrue(wire.stream().anyMatch(l -> l.contains("preauth=[redacted]")), "invite URIs seen");
        assertTrue(wire.stream().anyMatch(l -> l.contains("https://invite.example.test/[redacted]")),
                "landing pages seen");
        assertTrue(wire.stream().anyMatch(l -> l.contains("var='password'") && l.contains("[redacted]")),
                "the Add User password field seen");

        System.out.println("SecretsInLogs: " + lines.size() + " lines captured (" + wire.size() + " wire), "
                + passwords.size() + " passwords and " + tokens.size() + " tokens checked in " + forms.size()
                + " forms");
    }

    private void runEveryFlow() throws Exception {
        wrongPasswordIsRefused();
        SmackXmppSession admin = TestAccounts.adminSession(server());
        passwords.add(server().adminPassword());
        try {
            createEachKindListRevokeAndRegister(admin);
            readAndSetThePolicy(admin);
            addAUserWithAPrivateField(admin);
            createABatch(admin);
        } finally {
            admin.close();
        }
        useTheCommandLine();
    }

    private void wrongPasswordIsRefused() {
        passwords.add(WRONG_PASSWORD);
        try (SmackXmppSession session = new SmackXmppSession()) {
            CompletionException error = assertThrows(CompletionException.class, () -> await(session.login(
                    TestAccounts.login(server(), server().adminJid()), WRONG_PASSWORD, TestAccounts.pin(server()))));
            assertInstanceOf(Failure.AuthFailed.class, FailureException.of(error));
        }
    }

    private void createEachKindListRevokeAndRegister(SmackXmppSession admin) {
        Invite account = collect(await(admin.createInvite(InviteKind.ACCOUNT)));
        Invite contact = collect(await(admin.createInvite(InviteKind.CONTACT)));
        Invite reusable = collect(await(admin.createInvite(
                new InviteOptions(InviteKind.ACCOUNT, Duration.ofHours(2), true, 3, null, null, "reusable"))));
        collect(await(admin.createInvite(new InviteOptions(InviteKind.PASSWORD_RESET, null, false, null,
                ProsodyServer.USER_LOCALPART, null, null))));

        List<InviteListEntry> listed = await(admin.listInvites());
        assertTrue(listed.size() >= 4, listed.toString());
        InviteListEntry listedContact = listed.stream()
                .filter(e -> e.invite().map(i -> i.uri().equals(contact.uri())).orElse(false))
                .findFirst().orElseThrow();
        await(admin.revokeInvite(listedContact.id()));

        passwords.add(REGISTERED_PASSWORD);
        String name = TestAccounts.freshName("secret");
        InviteRedeemer.register(TestAccounts.target(server()), account.uri(), name, REGISTERED_PASSWORD);
        InviteRedeemer.register(TestAccounts.target(server()), reusable.uri(), name + "r", REGISTERED_PASSWORD);
        FailureException revoked = assertThrows(FailureException.class, () -> InviteRedeemer.register(
                TestAccounts.target(server()), contact.uri(), name + "c", REGISTERED_PASSWORD));
        assertInstanceOf(Failure.Forbidden.class, revoked.failure());
        assertTrue(server().accountExists(name) && server().accountExists(name + "r"));
    }

    private void readAndSetThePolicy(SmackXmppSession admin) {
        RegistrationPolicy policy = await(admin.registrationPolicy());
        assertEquals(policy, await(admin.setRegistrationPolicy(policy)));
    }

    private void addAUserWithAPrivateField(SmackXmppSession admin) {
        passwords.add(ADDED_PASSWORD);
        CommandStep form = await(admin.executeCommand("http://jabber.org/protocol/admin#add-user"));
        String name = TestAccounts.freshName("added");
        FormAnswers answers = new FormAnswers(form.form()).set("accountjid", name + "@localhost")
                .set("password", ADDED_PASSWORD).set("password-verify", ADDED_PASSWORD);
        CommandStep done = await(admin.continueCommand(form, form.enterAction().orElseThrow(), answers.values()));
        assertEquals(CommandStatus.COMPLETED, done.status());
        assertTrue(server().accountExists(name));
    }

    private void createABatch(SmackXmppSession admin) {
        BulkRequest request = new BulkRequest(InviteOptions.of(InviteKind.ACCOUNT), 4, "Table", true);
        BulkOutcome outcome = await(new BulkInviteRun(admin, request, 2, Clock.systemUTC(), new BulkListener() { })
                .start());
        assertEquals(4, outcome.made().size(), outcome.toString());
        outcome.made().stream().map(LabelledInvite::invite).forEach(this::collect);
    }

    private void useTheCommandLine() throws Exception {
        JsonNode created = new ObjectMapper().readTree(cli("create", "--count", "2", "--json"));
        for (JsonNode invite : created.get("invites")) {
            collect(new Invite(InviteKind.ACCOUNT, invite.get("uri").asText(), null, null));
        }
        cli("list");
        cli("policy");
    }

    private String cli(String command, String... more) {
        List<String> args = new ArrayList<>(List.of(command, "--jid", server().adminJid(), "--host", server().host(),
                "--port", Integer.toString(server().port()), "--trust-sha256", TestAccounts.pin(server()),
                "--timeout", "20"));
        args.addAll(List.of(more));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliEnvironment env = new CliEnvironment(Map.of("INVITE_MANAGER_PASSWORD", server().adminPassword()),
                new PrintWriter(out), new PrintWriter(err), prompt -> null, SmackXmppSession::new,
                Clock.systemUTC(), dataDir, InterruptHook.NONE);
        int code = CliMain.run(args.toArray(String[]::new), env);
        assertEquals(0, code, command + ": " + err);
        // The output is the command's product, links included, and is not checked; logs and the console are.
        return out.toString();
    }

    private Invite collect(Invite invite) {
        tokens.add(invite.parsedUri().token().orElseThrow());
        if (invite.landingUrl() != null) {
            assertTrue(invite.landingUrl().endsWith(invite.parsedUri().token().orElseThrow()), invite.landingUrl());
        }
        return invite;
    }

    /** Each secret as it is, as XML writes it, and each password in SASL PLAIN's base64 and on its own. */
    private List<String> secretForms() {
        Set<String> forms = new LinkedHashSet<>(tokens);
        for (String password : passwords) {
            forms.add(password);
            forms.add(password.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                    .replace("'", "&apos;").replace("\"", "&quot;"));
            forms.add(base64("\0" + ProsodyServer.ADMIN_LOCALPART + "\0" + password));
            forms.add(base64("\0" + server().adminJid() + "\0" + password));
            forms.add(base64(password));
        }
        return List.copyOf(forms);
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
