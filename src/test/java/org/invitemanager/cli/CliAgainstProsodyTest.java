package org.invitemanager.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.invitemanager.domain.Failure;
import org.invitemanager.domain.FailureException;
import org.invitemanager.domain.InviteListEntry;
import org.invitemanager.settings.CertificatePinStore;
import org.invitemanager.settings.InviteHistoryStore;
import org.invitemanager.testsupport.ProsodyExtension;
import org.invitemanager.testsupport.ProsodyServer;
import org.invitemanager.testsupport.TestAccounts;
import org.invitemanager.xmpp.InviteRedeemer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The command line against a real Prosody with the companion module, and a stock one without it. */
@Timeout(90)
class CliAgainstProsodyTest {

    @RegisterExtension
    static final ProsodyExtension COMPANION = new ProsodyExtension(
            ProsodyServer.Options.defaults().withCompanionModule());

    @RegisterExtension
    static final ProsodyExtension STOCK = new ProsodyExtension();

    private static final Pattern XMPP_URI = Pattern.compile("xmpp:[^\\s\",;]+\\?[^\\s\",]+");

    @TempDir
    Path dataDir;

    @TempDir
    Path files;

    private CliHarness cli;

    @BeforeEach
    void adminPasswordInTheEnvironment() {
        cli = new CliHarness(dataDir);
        cli.env.put("INVITE_MANAGER_PASSWORD", ProsodyServer.ADMIN_PASSWORD);
    }

    private static List<String> connect(ProsodyServer server, String... more) {
        List<String> args = new ArrayList<>(List.of("--jid", server.adminJid(), "--host", server.host(), "--port",
                Integer.toString(server.port()), "--trust-sha256", TestAccounts.pin(server), "--timeout", "20"));
        args.addAll(List.of(more));
        return args;
    }

    private CliHarness.Result run(String command, ProsodyServer server, String... more) {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(connect(server, more));
        return cli.run(args.toArray(String[]::new));
    }

    private static void register(ProsodyServer server, String uri, String name) {
        InviteRedeemer.register(TestAccounts.target(server), uri, name, "pw-" + name);
    }

    @Test
    void aBatchIsPrintedAsJsonWrittenToBothFilesKeptInTheHistoryAndEveryLinkRegisters() throws IOException {
        ProsodyServer server = COMPANION.server();
        Path csv = files.resolve("out.csv");
        Path pdf = files.resolve("sheet.pdf");

        CliHarness.Result result = run("create", server, "--count", "3", "--expires", "1h", "--note", "Workshop",
                "--label", "Table", "--csv", csv.toString(), "--pdf", pdf.toString(), "--json");

        assertEquals(ExitCodes.OK, result.code(), result.toString());
        JsonNode json = result.json();
        assertEquals("localhost", json.get("server").asText());
        assertEquals(0, json.get("failed").size());
        assertEquals(0, json.get("notStarted").asInt());
        JsonNode invites = json.get("invites");
        assertEquals(3, invites.size());
        Set<String> uris = new LinkedHashSet<>();
        for (int i = 0; i < 3; i++) {
            JsonNode invite = invites.get(i);
            assertEquals("Table " + (i + 1), invite.get("label").asText());
            assertEquals("account", invite.get("kind").asText());
            assertTrue(invite.get("uri").asText().startsWith("xmpp:localhost?register;"), invite.toString());
            assertFalse(invite.get("id").isNull());
            assertFalse(invite.get("expires").isNull());
            uris.add(invite.get("uri").asText());
        }
        assertEquals(3, uris.size());
        byte[] sheet = Files.readAllBytes(pdf);
        assertEquals("%PDF-", new String(sheet, 0, 5, StandardCharsets.US_ASCII));
        assertEquals(List.of(pdf.toString(), csv.toString()),
                List.of(json.get("written").get(0).asText(), json.get("written").get(1).asText()));

        Set<String> csvLinks = new LinkedHashSet<>();
        Matcher links = XMPP_URI.matcher(Files.readString(csv));
        while (links.find()) {
            csvLinks.add(links.group());
        }
        assertEquals(uris, csvLinks);
        for (String uri : csvLinks) {
            String name = TestAccounts.freshName("csv");
            register(server, uri, name);
            assertTrue(server.accountExists(name), name);
        }

        List<InviteListEntry> history = new InviteHistoryStore(dataDir).entries(server.adminJid());
        assertEquals(3, history.size());
        assertTrue(history.stream().allMatch(e -> e.note().startsWith("Table ")), history.toString());
    }

    @Test
    void plainOutputIsOneTabSeparatedLinePerInviteAndTheListShowsThem() {
        ProsodyServer server = COMPANION.server();
        String note = TestAccounts.freshName("note");

        CliHarness.Result created = run("create", server, "--count", "2", "--note", note);

        assertEquals(ExitCodes.OK, created.code(), created.toString());
        List<String> lines = created.out().lines().toList();
        assertEquals(2, lines.size(), created.toString());
        List<String> ids = new ArrayList<>();
        for (String line : lines) {
            String[] cells = line.split("\t", -1);
            assertEquals(4, cells.length, line);
            assertTrue(cells[0].startsWith("Invite "), line);
            assertTrue(cells[1].startsWith("xmpp:"), line);
            assertNotEquals("never", cells[2], line);
            assertNotEquals("-", cells[3], line);
            ids.add(cells[3]);
        }
        assertTrue(created.err().contains("Created 2 of 2 invites"), created.err());

        CliHarness.Result listed = run("list", server, "--json");
        assertEquals(ExitCodes.OK, listed.code(), listed.toString());
        for (String id : ids) {
            JsonNode entry = find(listed.json(), id);
            assertEquals("pending", entry.get("status").asText());
            assertTrue(entry.get("note").asText().startsWith(note), entry.toString());
        }
        CliHarness.Result table = run("list", server);
        assertEquals(ExitCodes.OK, table.code(), table.toString());
        assertTrue(table.out().startsWith("ID "), table.out());
        assertTrue(ids.stream().allMatch(table.out()::contains), table.out());
    }

    private static JsonNode find(JsonNode list, String id) {
        for (JsonNode entry : list) {
            if (entry.get("id").asText().equals(id)) {
                return entry;
            }
        }
        throw new AssertionError("invite " + id + " is not listed: " + list);
    }

    @Test
    void aRevokedInviteCannotRegisterAndAnUnknownIdGetsTheServersAnswer() {
        ProsodyServer server = COMPANION.server();
        JsonNode invite = run("create", server, "--json").json().get("invites").get(0);
        String id = invite.get("id").asText();

        CliHarness.Result revoked = run("revoke", server, id);

        assertEquals(ExitCodes.OK, revoked.code(), revoked.toString());
        assertEquals("Revoked " + id, revoked.out().strip());
        FailureException refused = assertThrows(FailureException.class,
                () -> register(server, invite.get("uri").asText(), TestAccounts.freshName("revoked")));
        assertInstanceOf(Failure.Forbidden.class, refused.failure());

        CliHarness.Result unknown = run("revoke", server, id);
        assertEquals(ExitCodes.REFUSED_BY_SERVER, unknown.code(), unknown.toString());
        assertTrue(unknown.err().contains("no pending invite with id " + id), unknown.err());
        assertEquals("", unknown.out());
    }

    @Test
    void thePolicyIsReadSetAndReadAgain() {
        ProsodyServer server = COMPANION.server();
        try {
            CliHarness.Result before = run("policy", server);
            assertEquals(ExitCodes.OK, before.code(), before.toString());
            assertEquals("invite-only", before.out().strip());

            CliHarness.Result set = run("policy", server, "open");
            assertEquals("open", set.out().strip(), set.toString());

            CliHarness.Result after = run("policy", server, "--json");
            assertEquals("open", after.json().get("policy").asText(), after.toString());
        } finally {
            assertEquals(ExitCodes.OK, run("policy", server, "invite-only").code());
        }
    }

    @Test
    void aWrongPasswordExitsWithLoginRefusedAndPrintsNothing() {
        cli.env.put("INVITE_MANAGER_PASSWORD", "not-the-password");

        CliHarness.Result result = run("list", COMPANION.server());

        assertEquals(ExitCodes.LOGIN_REFUSED, result.code(), result.toString());
        assertEquals("", result.out());
        assertTrue(result.err().contains("Login refused"), result.err());
        assertFalse(result.err().contains("not-the-password"), result.err());
    }

    @Test
    void anUntrustedCertificateExitsWithItsOwnCodeAndNamesTheFingerprint() {
        ProsodyServer server = COMPANION.server();

        CliHarness.Result result = cli.run("list", "--jid", server.adminJid(), "--host", server.host(), "--port",
                Integer.toString(server.port()));

        assertEquals(ExitCodes.UNTRUSTED, result.code(), result.toString());
        assertEquals("", result.out());
        assertTrue(result.err().contains(TestAccounts.pin(server)), result.err());
        assertTrue(result.err().contains("--trust-sha256"), result.err());
    }

    @Test
    void theCertificateTheAppPinnedIsTrustedAndAnotherFingerprintIsRefused() throws IOException {
        ProsodyServer server = COMPANION.server();
        new CertificatePinStore(dataDir).pin(server.domain(), TestAccounts.pin(server));
        String[] pinnedByApp = {"policy", "--jid", server.adminJid(), "--host", server.host(), "--port",
            Integer.toString(server.port())};

        assertEquals(ExitCodes.OK, cli.run(pinnedByApp).code());

        CliHarness.Result other = cli.run("policy", "--jid", server.adminJid(), "--host", server.host(), "--port",
                Integer.toString(server.port()), "--trust-sha256", "00".repeat(32));
        assertEquals(ExitCodes.UNTRUSTED, other.code(), other.toString());
        assertTrue(other.err().contains("not the one trusted"), other.err());
    }

    @Test
    void anAccountThatIsNoAdminIsToldSo() {
        ProsodyServer server = COMPANION.server();
        cli.env.put("INVITE_MANAGER_PASSWORD", ProsodyServer.USER_PASSWORD);

        CliHarness.Result result = cli.run("list", "--jid", server.userJid(), "--host", server.host(), "--port",
                Integer.toString(server.port()), "--trust-sha256", TestAccounts.pin(server));

        assertEquals(ExitCodes.REFUSED_BY_SERVER, result.code(), result.toString());
        assertTrue(result.err().contains("is not an administrator"), result.err());
    }

    @Test
    void aServerNobodyListensOnExitsWithUnreachable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(ProsodyServer.HOST))) {
            closedPort = socket.getLocalPort();
        }

        CliHarness.Result result = cli.run("list", "--jid", "admin@localhost", "--host", ProsodyServer.HOST,
                "--port", Integer.toString(closedPort));

        assertEquals(ExitCodes.UNREACHABLE, result.code(), result.toString());
        assertTrue(result.err().contains("Cannot reach"), result.err());
    }

    @Test
    void aStockServerCannotListButCreatesWithItsOwnCommand() {
        ProsodyServer server = STOCK.server();

        CliHarness.Result list = run("list", server);
        assertEquals(ExitCodes.REFUSED_BY_SERVER, list.code(), list.toString());
        assertTrue(list.err().contains("Invite Manager module (mod_invite_manager)"), list.err());
        assertEquals("", list.out());

        CliHarness.Result withExpiry = run("create", server, "--expires", "1d");
        assertEquals(ExitCodes.REFUSED_BY_SERVER, withExpiry.code(), withExpiry.toString());
        assertTrue(withExpiry.err().contains("--expires needs the Invite Manager module"), withExpiry.err());

        CliHarness.Result created = run("create", server, "--count", "2");
        assertEquals(ExitCodes.OK, created.code(), created.toString());
        List<String> lines = created.out().lines().toList();
        assertEquals(2, lines.size(), created.toString());
        String uri = lines.get(1).split("\t")[1];
        String name = TestAccounts.freshName("stock");
        register(server, uri, name);
        assertTrue(server.accountExists(name));
        assertEquals(2, new InviteHistoryStore(dataDir).entries(server.adminJid()).size());
    }
}
