package org.invitemanager.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real java-keyring library, each case in a child JVM because a JVM cannot change its own environment: a real
 * GNOME Keyring on a private session bus, no session bus at all, and a bus that never answers. The keyring files go
 * to a temporary HOME, so the machine's own keyring is never touched.
 */
class OsKeyringRealTest {

    private static final Duration LIMIT = Duration.ofSeconds(60);

    @TempDir
    Path temp;

    @Test
    void realGnomeKeyringStoresLoadsReplacesAndDeletesPasswords() throws Exception {
        requireOnPath("dbus-run-session", "dbus");
        requireOnPath("gnome-keyring-daemon", "gnome-keyring");
        Map<String, String> env = privateHome();
        env.put("KEYRING_PW", "unlock-" + System.nanoTime());
        env.put("JAVA_BIN", ChildJvm.javaBinary());
        env.put("CHILD_CP", ChildJvm.classPath());
        // --unlock reads the password from stdin and creates the "login" collection, which the default alias names;
        // without it there is no default collection, storing fails, and the keyring is reported as refused.
        String script = "printf %s \"$KEYRING_PW\" | gnome-keyring-daemon --unlock --components=secrets >/dev/null"
                + " && exec \"$JAVA_BIN\" -cp \"$CHILD_CP\" " + KeyringChild.class.getName() + " real";

        ChildJvm.Outcome outcome = ChildJvm.run(List.of("dbus-run-session", "--", "sh", "-c", script), env, temp,
                LIMIT);

        assertEquals(0, outcome.exitCode(), outcome.toString());
        assertEquals("true", outcome.get("available"), outcome.toString());
        for (String check : List.of("missing.empty", "save.load", "overwrite.load", "other.empty", "unicode.load",
                "first.unchanged", "delete.empty", "other.survives", "deleteAgain.ok", "sameVault.available",
                "final.empty")) {
            assertEquals("true", outcome.get(check), check + ": " + outcome);
        }
        assertEquals("false", outcome.get("probeLeft"), "the availability check cleans up: " + outcome);
        Path keyring = temp.resolve("home/.local/share/keyrings/login.keyring");
        assertTrue(Files.isRegularFile(keyring), "the keyring lives in the temporary home: " + outcome);
        String stored = new String(Files.readAllBytes(keyring), StandardCharsets.ISO_8859_1);
        assertFalse(stored.contains("second-secret"), "the keyring file is encrypted");
        System.out.println("real keyring: availability " + outcome.get("availability.ms") + " ms, 13 calls "
                + outcome.get("all.ms") + " ms, child JVM " + outcome.millis() + " ms");
    }

    @Test
    void withoutASessionBusTheKeyringIsUnavailableAtOnce() throws Exception {
        ChildJvm.Outcome outcome = ChildJvm.run(ChildJvm.java(KeyringChild.class, "unavailable"), privateHome(),
                temp, LIMIT);

        assertEquals(0, outcome.exitCode(), outcome.toString());
        assertEquals("false", outcome.get("available"), outcome.toString());
        assertEquals("NO_KEYRING", outcome.get("problem"), outcome.toString());
        assertFalse(outcome.get("detail").isBlank(), outcome.toString());
        assertTrue(Long.parseLong(outcome.get("availability.ms")) < 3000, outcome.toString());
        System.out.println("no session bus: unavailable after " + outcome.get("availability.ms") + " ms ("
                + outcome.get("detail") + "), child JVM " + outcome.millis() + " ms");
    }

    /** A bus that accepts and never speaks holds java-keyring forever; the app must give up and still exit. */
    @Test
    void aSessionBusThatNeverAnswersTimesOutAndTheJvmStillExits() throws Exception {
        Path socket = temp.resolve("bus");
        List<SocketChannel> held = new ArrayList<>();
        try (ServerSocketChannel silent = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            silent.bind(UnixDomainSocketAddress.of(socket));
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        held.add(silent.accept());
                    }
                } catch (IOException e) {
                    // closed at the end of the test
                }
            }, "silent-bus");
            acceptor.setDaemon(true);
            acceptor.start();
            Map<String, String> env = privateHome();
            env.put("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + socket);

            ChildJvm.Outcome outcome = ChildJvm.run(ChildJvm.java(KeyringChild.class, "unavailable"), env, temp,
                    Duration.ofSeconds(30));

            assertEquals(0, outcome.exitCode(), "the child exits by itself: " + outcome);
            assertEquals("NOT_RESPONDING", outcome.get("problem"), outcome.toString());
            long waited = Long.parseLong(outcome.get("availability.ms"));
            assertTrue(waited >= 3500 && waited < 8000, "gave up after the 4 s timeout: " + outcome);
            assertEquals("VaultException", outcome.get("load"), outcome.toString());
            assertTrue(Long.parseLong(outcome.get("load.ms")) < 500, "later calls fail at once: " + outcome);
            assertFalse(held.isEmpty(), "the child did reach the silent bus");
            System.out.println("silent bus: gave up after " + waited + " ms, next call " + outcome.get("load.ms")
                    + " ms, child JVM " + outcome.millis() + " ms");
        } finally {
            for (SocketChannel channel : held) {
                channel.close();
            }
        }
    }

    private Map<String, String> privateHome() throws IOException {
        Path home = Files.createDirectories(temp.resolve("home"));
        Path runtime = Files.createDirectories(temp.resolve("run"));
        Files.setPosixFilePermissions(runtime, PosixFilePermissions.fromString("rwx------"));
        return new java.util.HashMap<>(Map.of(
                "HOME", home.toString(),
                "XDG_DATA_HOME", home.resolve(".local/share").toString(),
                "XDG_CONFIG_HOME", home.resolve(".config").toString(),
                "XDG_CACHE_HOME", home.resolve(".cache").toString(),
                "XDG_RUNTIME_DIR", runtime.toString()));
    }

    private static void requireOnPath(String command, String debianPackage) {
        String path = System.getenv().getOrDefault("PATH", "");
        boolean found = Stream.of(path.split(File.pathSeparator))
                .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, command)));
        if (!found) {
            fail(command + " is not installed, so the real keyring cannot be tested. On Debian: "
                    + "apt-get install -y gnome-keyring dbus");
        }
    }
}
