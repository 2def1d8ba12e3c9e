package org.invitemanager.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.invitemanager.domain.RegistrationPolicy;
import org.invitemanager.domain.ServerCapabilities;
import org.invitemanager.domain.SessionInfo;
import org.invitemanager.testsupport.FakeXmppSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the password comes from: a file, an environment variable, the terminal, or nowhere. */
class PasswordSourceTest {

    private static final String VAR = PasswordSource.DEFAULT_VARIABLE;
    private static final PasswordPrompt NO_TERMINAL = prompt -> null;

    @TempDir
    Path dir;

    private static char[] read(Path file, Map<String, String> env, PasswordPrompt prompt) throws CliException {
        return PasswordSource.read(file, VAR, "admin@example.org", env, prompt);
    }

    @Test
    void theEnvironmentVariableIsUsed() throws CliException {
        assertArrayEquals("from-env".toCharArray(), read(null, Map.of(VAR, "from-env"), NO_TERMINAL));
    }

    @Test
    void anotherVariableCanBeNamed() throws CliException {
        char[] password = PasswordSource.read(null, "MY_PW", "a@b", Map.of(VAR, "default", "MY_PW", "mine"),
                NO_TERMINAL);
        assertArrayEquals("mine".toCharArray(), password);
    }

    @Test
    void theFileWinsOverTheVariableAndOnlyItsFirstLineCounts() throws IOException, CliException {
        Path file = Files.writeString(dir.resolve("pw"), "  spaced pässword \r\nsecond line\n",
                StandardCharsets.UTF_8);

        assertArrayEquals("  spaced pässword ".toCharArray(), read(file, Map.of(VAR, "from-env"), NO_TERMINAL));
    }

    @Test
    void aFileWithoutANewlineIsReadWhole() throws IOException, CliException {
        Path file = Files.writeString(dir.resolve("pw"), "x".repeat(300));

        assertEquals(300, read(file, Map.of(), NO_TERMINAL).length);
    }

    @Test
    void anUnreadableOrEmptyFileIsAUsageErrorThatNamesIt() throws IOException {
        Path missing = dir.resolve("missing");
        Path empty = Files.writeString(dir.resolve("empty"), "\nsecret on line two\n");

        CliException notThere = assertThrows(CliException.class, () -> read(missing, Map.of(), NO_TERMINAL));
        CliException blank = assertThrows(CliException.class, () -> read(empty, Map.of(), NO_TERMINAL));
        CliException folder = assertThrows(CliException.class, () -> read(dir, Map.of(), NO_TERMINAL));

        assertEquals(ExitCodes.USAGE, notThere.exitCode());
        assertEquals("Cannot read the password file " + missing + ": it does not exist.", notThere.getMessage());
        assertEquals("The first line of the password file " + empty + " is empty.", blank.getMessage());
        assertTrue(folder.getMessage().contains("is a directory"), folder.getMessage());
    }

    @Test
    void withoutFileOrVariableTheTerminalIsAsked() throws CliException {
        List<String> prompts = new ArrayList<>();

        char[] password = read(null, Map.of(VAR, ""), prompt -> {
            prompts.add(prompt);
            return "typed".toCharArray();
        });

        assertArrayEquals("typed".toCharArray(), password);
        assertEquals(List.of("Password for admin@example.org: "), prompts);
    }

    @Test
    void withNoSourceAtAllTheErrorSaysWhatToDo() {
        CliException none = assertThrows(CliException.class, () -> read(null, Map.of(), NO_TERMINAL));
        CliException nothingTyped = assertThrows(CliException.class,
                () -> read(null, Map.of(), prompt -> new char[0]));

        assertEquals(ExitCodes.USAGE, none.exitCode());
        assertEquals("No password: set INVITE_MANAGER_PASSWORD, pass --password-file, or run in a terminal.",
                none.getMessage());
        assertEquals(ExitCodes.USAGE, nothingTyped.exitCode());
    }

    @Test
    void theCommandLineExitsWithTwoWhenNoSourceHasAPasswordAndNeverConnects() {
        FakeXmppSession session = new FakeXmppSession();
        CliHarness cli = new CliHarness(dir);
        cli.sessions = () -> session;

        CliHarness.Result result = cli.run("list", "--jid", "admin@example.org");

        assertEquals(ExitCodes.USAGE, result.code(), result.toString());
        assertEquals("Error: No password: set INVITE_MANAGER_PASSWORD, pass --password-file, or run in a terminal.",
                result.err().strip());
        assertTrue(session.loginCalls.isEmpty());
    }

    @Test
    void theCommandLineLogsInWithTheFilesPasswordAndTheNamedVariable() throws IOException {
        FakeXmppSession session = new FakeXmppSession();
        CliHarness cli = new CliHarness(dir);
        cli.sessions = () -> session;
        cli.env.put("OTHER", "from-other");
        ServerCapabilities caps = new ServerCapabilities("example.org", Set.of(
                ServerCapabilities.COMPANION_CREATE_NODE, ServerCapabilities.COMPANION_POLICY_NODE));
        for (int i = 0; i < 2; i++) {
            session.logins.add(CompletableFuture.completedFuture(new SessionInfo("admin@example.org", caps)));
            session.policies.add(CompletableFuture.completedFuture(
                    RegistrationPolicy.OPEN));
        }
        Path file = Files.writeString(dir.resolve("pw"), "from-file\n");

        cli.run("policy", "--jid", "admin@example.org", "--password-file", file.toString());
        cli.run("policy", "--jid", "admin@example.org", "--password-env", "OTHER");

        assertEquals(List.of("from-file", "from-other"),
                session.loginCalls.stream().map(FakeXmppSession.LoginCall::password).toList());
    }
}
