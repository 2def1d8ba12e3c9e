package org.invitemanager.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.invitemanager.domain.LoginRequest;
import org.invitemanager.domain.TlsMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SettingsStoresTest {

    private static final String FINGERPRINT =
            "AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89";

    @TempDir
    Path temp;

    @Test
    void lastLoginRoundTripsEveryField() throws IOException {
        LoginRequest request = new LoginRequest("admin@example.org", "xmpp.example.org", 5223, TlsMode.DIRECT_TLS);

        new LastLoginStore(temp.resolve("config")).save(request);

        assertEquals(Optional.of(request), new LastLoginStore(temp.resolve("config")).load());
    }

    @Test
    void lastLoginWithoutHostRoundTripsWithDefaults() throws IOException {
        LoginRequest request = new LoginRequest("admin@localhost", null, 0, TlsMode.STARTTLS);

        new LastLoginStore(temp).save(request);

        assertEquals(Optional.of(request), new LastLoginStore(temp).load());
    }

    @Test
    void laterSaveReplacesTheEarlierLogin() throws IOException {
        LastLoginStore store = new LastLoginStore(temp);
        store.save(new LoginRequest("first@localhost", "a.example", 1, TlsMode.DIRECT_TLS));
        LoginRequest second = new LoginRequest("second@localhost", null, 0, TlsMode.STARTTLS);

        store.save(second);

        assertEquals(Optional.of(second), new LastLoginStore(temp).load());
    }

    @Test
    void noFileMeansNoRememberedLogin() {
        assertEquals(Optional.empty(), new LastLoginStore(temp.resolve("never-written")).load());
    }

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
    void filesAreOwnerOnlyAndTheirDirectoriesPrivate() throws IOException {
        assumePosix();
        Path config = temp.resolve("xdg/config/invite-manager");
        Path data = temp.resolve("xdg/data/invite-manager");

        new LastLoginStore(config).save(new LoginRequest("admin@localhost", null, 0, TlsMode.STARTTLS));
        new CertificatePinStore(data).pin("localhost", FINGERPRINT);

        assertEquals("rw-------", permissions(config.resolve("last-login.properties")));
        assertEquals("rw-------", permissions(data.resolve("certificate-pins.properties")));
        assertEquals("rwx------", permissions(config));
        assertEquals("rwx------", permissions(data));
        assertEquals("rwx------", permissions(temp.resolve("xdg/config")));
    }

    @Test
    void rewritingAWorldReadableFileMakesItOwnerOnly() throws IOException {
        assumePosix();
        Path file = temp.resolve("last-login.properties");
        Files.writeString(file, "jid=old@localhost\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        new LastLoginStore(temp).save(new LoginRequest("admin@localhost", null, 0, TlsMode.STARTTLS));

        assertEquals("rw-------", permissions(file));
    }

    @Test
    void noTemporaryFileIsLeftBehind() throws IOException {
        LastLoginStore logins = new LastLoginStore(temp);
        CertificatePinStore pins = new CertificatePinStore(temp);
        logins.save(new LoginRequest("admin@localhost", null, 0, TlsMode.STARTTLS));
        logins.save(new LoginRequest("admin@localhost", "127.0.0.1", 25222, TlsMode.STARTTLS));
        pins.pin("localhost", FINGERPRINT);
        pins.pin("example.org", FINGERPRINT);

        try (Stream<Path> files = Files.list(temp)) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(List.of("certificate-pins.properties", "last-login.properties"), names);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "jid=admin@localhost\ntls=BOGUS\nport=x\n",
        "jid=admin@localhost\ntls=BOGUS\n",
        "jid=admin@localhost\nport=x\n",
        "jid=admin@localhost\nport=\n",
        "jid=\n",
        "host=example.org\n",
        "jid=admin@localhost\\uZZZZ\n",
    })
    void garbageLastLoginFileLoadsAsEmpty(String content) throws IOException {
        Files.writeString(temp.resolve("last-login.properties"), content, StandardCharsets.ISO_8859_1);

        assertEquals(Optional.empty(), new LastLoginStore(temp).load());
    }

    @Test
    void binaryGarbageLastLoginFileLoadsAsEmpty() throws IOException {
        Files.write(temp.resolve("last-login.properties"), new byte[] {0, (byte) 0xff, 0x7f, '=', '\\', 'u', 0x1b});

        assertEquals(Optional.empty(), new LastLoginStore(temp).load());
    }

    @Test
    void unreadablePinFileMeansNoPin() throws IOException {
        Files.writeString(temp.resolve("certificate-pins.properties"), "localhost=\\uZZZZ\n");

        assertEquals(Optional.empty(), new CertificatePinStore(temp).pinFor("localhost"));
    }

    @Test
    void lastLoginFileHoldsOnlyJidHostPortAndTls() throws IOException {
        new LastLoginStore(temp).save(new LoginRequest("admin@localhost", "127.0.0.1", 25222, TlsMode.STARTTLS));

        Properties stored = new Properties();
        try (Reader in = Files.newBufferedReader(temp.resolve("last-login.properties"), StandardCharsets.ISO_8859_1)) {
            stored.load(in);
        }
        assertEquals(Set.of("jid", "host", "port", "tls"), stored.stringPropertyNames());
        assertEquals("admin@localhost", stored.getProperty("jid"));
    }

    private static void assumePosix() {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX file system");
    }

    private static String permissions(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
