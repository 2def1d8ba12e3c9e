package org.invitemanager.settings;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import org.invitemanager.domain.Invite;
import org.invitemanager.domain.InviteKind;
import org.invitemanager.domain.LoginRequest;
import org.invitemanager.domain.TlsMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Certificate pins, and what every store gets from OwnerOnlyFiles: owner-only files and folders, atomic writes. */
class SettingsStoresTest {

    private static final String FINGERPRINT =
            "AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89";

    @TempDir
    Path temp;

    @Test
    void certificatePinsRoundTripPerServer() throws IOException {
        CertificatePinStore store = new CertificatePinStore(temp.resolve("data"));
        store.pin("localhost", FINGERPRINT);
        store.pin("example.org", "11:22:33");

        CertificatePinStore reloaded = new CertificatePinStore(temp.resolve("data"));

        assertEquals(Optional.of(FINGERPRINT), reloaded.pinFor("localhost"));
        assertEquals(Optional.of("11:22:33"), reloaded.pinFor("example.org"));
        assertEquals(Optional.empty(), reloaded.pinFor("other.example"));
    }

    @Test
    void certificatePinsIgnoreTheCaseOfTheServerName() throws IOException {
        new CertificatePinStore(temp).pin("Example.ORG", FINGERPRINT);

        assertEquals(Optional.of(FINGERPRINT), new CertificatePinStore(temp).pinFor("example.org"));
        assertEquals(Optional.of(FINGERPRINT), new CertificatePinStore(temp).pinFor("EXAMPLE.org"));
    }

    @Test
    void repinningReplacesTheOldFingerprint() throws IOException {
        CertificatePinStore store = new CertificatePinStore(temp);
        store.pin("localhost", "11:22:33");

        store.pin("localhost", FINGERPRINT);

        assertEquals(Optional.of(FINGERPRINT), new CertificatePinStore(temp).pinFor("localhost"));
    }

    @Test
    void forgettingAPinDropsOnlyThatServer() throws IOException {
        CertificatePinStore store = new CertificatePinStore(temp);
        store.pin("localhost", "11:22:33");
        store.pin("example.org", FINGERPRINT);

        store.forget("LOCALHOST");
        store.forget("never-pinned.example");

        assertEquals(Optional.empty(), new CertificatePinStore(temp).pinFor("localhost"));
        assertEquals(Optional.of(FINGERPRINT), new CertificatePinStore(temp).pinFor("example.org"));
    }

    @Test
    void forgettingFromADamagedPinFileRefusesInsteadOfDroppingTheOtherPins() throws IOException {
        Path file = temp.resolve("certificate-pins.properties");
        Files.writeString(file, "localhost=\\uZZZZ\nexample.org=11:22\n");
        byte[] before = Files.readAllBytes(file);

        assertThrows(IOException.class, () -> new CertificatePinStore(temp).forget("example.org"));

        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void unreadablePinFileMeansNoPin() throws IOException {
        Files.writeString(temp.resolve("certificate-pins.properties"), "localhost=\\uZZZZ\n");

        assertEquals(Optional.empty(), new CertificatePinStore(temp).pinFor("localhost"));
    }

    @Test
    void filesAreOwnerOnlyAndTheFoldersCreatedForThemPrivate() throws IOException {
        assumePosix();
        Path config = temp.resolve("xdg/config/invite-manager");
        Path data = temp.resolve("xdg/data/invite-manager");

        new ProfileStore(config).saveUsed(profile("admin@localhost"));
        new CertificatePinStore(data).pin("localhost", FINGERPRINT);
        new InviteHistoryStore(data).record("admin@localhost", invite(), Instant.EPOCH, "");

        assertEquals("rw-------", permissions(config.resolve("profiles.properties")));
        assertEquals("rw-------", permissions(data.resolve("certificate-pins.properties")));
        assertEquals("rw-------", permissions(data.resolve("invite-history.properties")));
        assertEquals("rwx------", permissions(config));
        assertEquals("rwx------", permissions(data));
        assertEquals("rwx------", permissions(temp.resolve("xdg/config")));
        assertEquals("rwx------", permissions(temp.resolve("xdg/data")));
    }

    /** The app's own folder is tightened; a parent that existed before, such as ~/.local/share, is left alone. */
    @Test
    void anExistingLooseDataFolderIsMadeOwnerOnlyButItsParentIsNot() throws IOException {
        assumePosix();
        Path share = Files.createDirectories(temp.resolve("share"));
        Path data = Files.createDirectories(share.resolve("invite-manager"));
        Files.setPosixFilePermissions(share, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxrwxr-x"));
        Path pins = data.resolve("certificate-pins.properties");
        Files.writeString(pins, "old.example=00\n");
        Files.setPosixFilePermissions(pins, PosixFilePermissions.fromString("rw-rw-r--"));

        new CertificatePinStore(data).pin("localhost", FINGERPRINT);
        new InviteHistoryStore(data).record("admin@localhost", invite(), Instant.EPOCH, "");

        assertEquals("rwx------", permissions(data));
        assertEquals("rw-------", permissions(pins));
        assertEquals("rw-------", permissions(data.resolve("invite-history.properties")));
        assertEquals("rwxr-xr-x", permissions(share));
        assertEquals(Optional.of("00"), new CertificatePinStore(data).pinFor("old.example"));
    }

    @Test
    void rewritingAWorldReadableFileMakesItOwnerOnly() throws IOException {
        assumePosix();
        Path file = temp.resolve("certificate-pins.properties");
        Files.writeString(file, "old.example=00\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        new CertificatePinStore(temp).pin("localhost", FINGERPRINT);

        assertEquals("rw-------", permissions(file));
    }

    @Test
    void noTemporaryFileIsLeftBehind() throws IOException {
        ProfileStore profiles = new ProfileStore(temp);
        CertificatePinStore pins = new CertificatePinStore(temp);
        profiles.saveUsed(profile("admin@localhost"));
        profiles.saveUsed(profile("other@localhost"));
        pins.pin("localhost", FINGERPRINT);
        pins.pin("example.org", FINGERPRINT);

        assertEquals(List.of("certificate-pins.properties", "profiles.properties"), filesIn(temp));
    }

    @Test
    void aWriteThatFailsHalfWayLeavesTheOldFileAsItWasAndNoTemporaryFile() throws IOException {
        Path file = temp.resolve("profiles.properties");
        new ProfileStore(temp).saveUsed(profile("admin@localhost"));
        byte[] before = Files.readAllBytes(file);

        IOException failure = assertThrows(IOException.class, () -> OwnerOnlyFiles.write(file, out -> {
            out.write("version=1\nprofile.1.id=half".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            throw new IOException("disk full");
        }));

        assertEquals("disk full", failure.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(List.of("profiles.properties"), filesIn(temp));
        assertEquals(1, new ProfileStore(temp).load().profiles().size());
    }

    @Test
    void aTemporaryFileLeftByACrashIsReplaced() throws IOException {
        Files.writeString(temp.resolve("certificate-pins.properties.tmp"), "half a fi");

        new CertificatePinStore(temp).pin("localhost", FINGERPRINT);

        assertEquals(List.of("certificate-pins.properties"), filesIn(temp));
        Properties pins = OwnerOnlyFiles.read(temp.resolve("certificate-pins.properties"));
        assertEquals(FINGERPRINT, pins.getProperty("localhost"));
        assertFalse(pins.containsKey("half a fi"));
    }

    private static ServerProfile profile(String jid) {
        return ServerProfile.create("", new LoginRequest(jid, null, 0, TlsMode.STARTTLS));
    }

    private static Invite invite() {
        return new Invite(InviteKind.ACCOUNT, "xmpp:localhost?register;preauth=Tok3n", null, null, "i1");
    }

    private static List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static void assumePosix() {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX file system");
    }

    private static String permissions(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
