package org.invitemanager.settings;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.invitemanager.domain.LoginRequest;
import org.invitemanager.domain.TlsMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProfileStoreTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T22:25:37Z"), ZoneOffset.UTC);
    private static final ServerProfile PLAIN = new ServerProfile("p-1", "",
            new LoginRequest("admin@example.org", null, 0, TlsMode.STARTTLS));
    private static final ServerProfile DIRECT = new ServerProfile("p-2", "Büro – Jabber 日本 🎉",
            new LoginRequest("root@xmpp.example.net", "10.0.0.7", 5223, TlsMode.DIRECT_TLS));
    private static final ServerProfile LOCAL = new ServerProfile("p-3", "  Test #1 = localhost! \\ ",
            new LoginRequest("admin@localhost", "[::1]", 25222, TlsMode.STARTTLS));

    @TempDir
    Path temp;

    private ProfileStore store() {
        return new ProfileStore(temp, CLOCK);
    }

    private Path file() {
        return temp.resolve("profiles.properties");
    }

    @Test
    void severalProfilesRoundTripInOrderWithTheLastUsed() throws IOException {
        ProfileStore store = store();
        store.saveUsed(PLAIN);
        store.saveUsed(DIRECT);
        store.saveUsed(LOCAL);
        store.saveUsed(DIRECT);

        ProfileStore.Loaded loaded = store().load();

        assertEquals(List.of(PLAIN, DIRECT, LOCAL), loaded.profiles());
        assertEquals(Optional.of("p-2"), loaded.lastUsedId());
        assertEquals(Optional.empty(), loaded.damage());
        assertEquals("Büro – Jabber 日本 🎉", loaded.profiles().get(1).label());
        assertEquals("Test #1 = localhost! \\", loaded.profiles().get(2).displayName(), "names are trimmed, once");
    }

    @Test
    void aProfileWithoutANameShowsTheDomain() {
        assertEquals("example.org", PLAIN.label());
        assertEquals("xmpp.example.net", new ServerProfile("x", null, DIRECT.login()).label());
    }

    @Test
    void savingAKnownIdReplacesThatProfileInPlace() throws IOException {
        ProfileStore store = store();
        store.saveUsed(PLAIN);
        store.saveUsed(DIRECT);
        ServerProfile renamed = PLAIN.with("Main server",
                new LoginRequest("boss@example.org", "xmpp.example.org", 5222, TlsMode.STARTTLS));

        store.saveUsed(renamed);

        ProfileStore.Loaded loaded = store().load();
        assertEquals(List.of(renamed, DIRECT), loaded.profiles());
        assertEquals(Optional.of("p-1"), loaded.lastUsedId());
    }

    @Test
    void deletingRemovesTheProfileAndForgetsItAsLastUsed() throws IOException {
        ProfileStore store = store();
        store.saveUsed(PLAIN);
        store.saveUsed(DIRECT);

        store.delete("p-2");
        byte[] after = Files.readAllBytes(file());
        store.delete("never-stored");

        ProfileStore.Loaded loaded = store().load();
        assertEquals(List.of(PLAIN), loaded.profiles());
        assertEquals(Optional.empty(), loaded.lastUsedId());
        assertArrayEquals(after, Files.readAllBytes(file()), "an unknown id writes nothing");
    }

    @Test
    void deletingAnotherProfileKeepsTheLastUsed() throws IOException {
        ProfileStore store = store();
        store.saveUsed(PLAIN);
        store.saveUsed(DIRECT);

        store.delete("p-1");

        assertEquals(Optional.of("p-2"), store().load().lastUsedId());
    }

    @Test
    void noFileMeansNoProfilesAndNothingWritten() {
        ProfileStore.Loaded loaded = store().load();

        assertEquals(List.of(), loaded.profiles());
        assertEquals(Optional.empty(), loaded.lastUsedId());
        assertEquals(Optional.empty(), loaded.damage());
        assertFalse(Files.exists(file()));
    }

    @Test
    void theFileHoldsOnlyVersionLastUsedAndProfileFields() throws IOException {
        store().saveUsed(DIRECT);

        Properties stored = read(file());
        assertEquals(Set.of("version", "lastUsed", "profile.1.id", "profile.1.name", "profile.1.jid",
                "profile.1.host", "profile.1.port", "profile.1.tls"), stored.stringPropertyNames());
        assertEquals("DIRECT_TLS", stored.getProperty("profile.1.tls"));
        assertEquals("5223", stored.getProperty("profile.1.port"));
    }

    @Test
    void aLastUsedIdThatNamesNoProfileIsIgnored() throws IOException {
        Files.writeString(file(), "version=1\nlastUsed=gone\nprofile.1.id=a\nprofile.1.jid=admin@localhost\n"
                + "profile.1.tls=STARTTLS\n");

        ProfileStore.Loaded loaded = store().load();

        assertEquals(1, loaded.profiles().size());
        assertEquals(Optional.empty(), loaded.lastUsedId());
        assertEquals(Optional.empty(), loaded.damage());
    }

    @Test
    void fieldsOfALaterVersionInsideAProfileAreIgnored() throws IOException {
        Files.writeString(file(), "version=1\nprofile.7.id=a\nprofile.7.jid=admin@localhost\nprofile.7.tls=STARTTLS\n"
                + "profile.7.colour=green\n");

        ProfileStore.Loaded loaded = store().load();

        assertEquals(List.of(new ServerProfile("a", "", new LoginRequest("admin@localhost", null, 0,
                TlsMode.STARTTLS))), loaded.profiles());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "version=1\nprofile.1.id=a\nprofile.1.jid=admin@localhost\nprofile.1.tls=STARTTLS\nprofile.1.port=abc\n",
        "version=1\nprofile.1.id=a\nprofile.1.jid=admin@localhost\nprofile.1.tls=STARTTLS\nprofile.1.port=0\n",
        "version=1\nprofile.1.id=a\nprofile.1.jid=admin@localhost\nprofile.1.tls=STARTTLS\nprofile.1.port=70000\n",
        "version=1\nprofile.1.id=a\nprofile.1.jid=admin@localhost\nprofile.1.tls=QUANTUM\n",
        "version=1\nprofile.1.id=a\nprofile.1.jid=admin@localhost\n",
        "version=1\nprofile.1.id=a\nprofile.1.tls=STARTTLS\n",
        "version=1\nprofile.1.jid=admin@localhost\nprofile.1.tls=STARTTLS\n",
        "version=1\nprofile.1.id=a\nprofile.1.jid=no-at-sign\nprofile.1.tls=STARTTLS\n",
        "version=1\nprofile.1.id=a\nprofile.1.jid=admin@localhost\nprofile.1.tls=STARTTLS\nprofile.1.host=my host\n",
        "version=1\nprofile.1.id=a\nprofile.1.jid=a@localhost\nprofile.1.tls=STARTTLS\n"
                + "profile.2.id=a\nprofile.2.jid=b@localhost\nprofile.2.tls=STARTTLS\n",
        "version=2\nprofile.1.id=a\nprofile.1.jid=admin@localhost\nprofile.1.tls=STARTTLS\n",
        "profile.1.id=a\nprofile.1.jid=admin@localhost\nprofile.1.tls=STARTTLS\n",
        "version=1\nprofile.1.id=a\nprofile.1.jid=admin@localhost\nprofile.1.tls=STARTTLS\nwhat is this\n",
        "version=1\nprofile.1.id=a\nprofile.1.jid=admin@localhost\\uZZZZ\n",
    })
    void aDamagedFileIsMovedAsideUntouchedAndTheListStartsEmpty(String content) throws IOException {
        Files.writeString(file(), content, StandardCharsets.ISO_8859_1);
        byte[] damaged = Files.readAllBytes(file());

        ProfileStore.Loaded loaded = store().load();

        Path aside = temp.resolve("profiles.properties.corrupt-20261124T222537Z");
        assertEquals(List.of(), loaded.profiles());
        assertEquals(Optional.empty(), loaded.lastUsedId());
        ProfileStore.Damage damage = loaded.damage().orElseThrow();
        assertEquals(file(), damage.file());
        assertEquals(aside, damage.movedTo());
        assertFalse(damage.detail().isBlank());
        assertFalse(Files.exists(file()));
        assertArrayEquals(damaged, Files.readAllBytes(aside));
    }

    @Test
    void binaryGarbageIsMovedAsideToo() throws IOException {
        Files.write(file(), new byte[] {0, (byte) 0xff, 0x7f, '=', '\\', 'u', 0x1b, '\n', (byte) 0x89, 'P', 'N', 'G'});

        ProfileStore.Loaded loaded = store().load();

        assertTrue(loaded.damage().isPresent());
        assertEquals(List.of("profiles.properties.corrupt-20261124T222537Z"), filesIn(temp));
    }

    @Test
    void afterADamagedFileTheNextSaveStartsAFreshOneAndTheOldStaysAside() throws IOException {
        Files.writeString(file(), "version=1\nprofile.1.port=abc\n");
        ProfileStore store = store();
        store.load();

        store.saveUsed(PLAIN);

        assertEquals(List.of(PLAIN), store().load().profiles());
        assertEquals(List.of("profiles.properties", "profiles.properties.corrupt-20261124T222537Z"), filesIn(temp));
    }

    @Test
    void twoDamagedFilesInTheSameSecondKeepSeparateNames() throws IOException {
        Files.writeString(file(), "version=9\n");
        store().load();
        Files.writeString(file(), "version=8\n");

        Path second = store().load().damage().orElseThrow().movedTo();

        assertNotEquals(temp.resolve("profiles.properties.corrupt-20261124T222537Z"), second);
        assertEquals("version=8\n", Files.readString(second));
        assertEquals("version=9\n", Files.readString(temp.resolve("profiles.properties.corrupt-20261124T222537Z")));
    }

    @Test
    void theLastLoginOfEarlierVersionsBecomesTheFirstProfile() throws IOException {
        Files.writeString(temp.resolve("last-login.properties"),
                "jid=admin@example.org\nhost=xmpp.example.org\nport=5223\ntls=DIRECT_TLS\n");

        ProfileStore.Loaded loaded = store().load();

        assertEquals(1, loaded.profiles().size());
        ServerProfile migrated = loaded.profiles().get(0);
        assertEquals(new LoginRequest("admin@example.org", "xmpp.example.org", 5223, TlsMode.DIRECT_TLS),
                migrated.login());
        assertEquals("example.org", migrated.label());
        assertEquals(Optional.of(migrated.id()), loaded.lastUsedId());
        assertEquals(List.of("profiles.properties"), filesIn(temp), "the old file is gone once copied");
        assertEquals(loaded.profiles(), store().load().profiles(), "and the copy is stable");
        assertEquals(loaded.lastUsedId(), store().load().lastUsedId());
    }

    @Test
    void aLastLoginWithoutHostOrPortMigratesWithDefaults() throws IOException {
        Files.writeString(temp.resolve("last-login.properties"), "jid=admin@localhost\nport=0\ntls=STARTTLS\n");

        ServerProfile migrated = store().load().profiles().get(0);

        assertEquals(new LoginRequest("admin@localhost", null, 0, TlsMode.STARTTLS), migrated.login());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "jid=admin@localhost\ntls=BOGUS\n",
        "jid=admin@localhost\nport=x\n",
        "jid=admin@localhost\nport=70000\n",
        "jid=\n",
        "host=example.org\n",
        "jid=admin@localhost\\uZZZZ\n",
    })
    void anUnreadableLastLoginIsIgnoredAndLeftAlone(String content) throws IOException {
        Path legacy = temp.resolve("last-login.properties");
        Files.writeString(legacy, content, StandardCharsets.ISO_8859_1);

        ProfileStore.Loaded loaded = store().load();

        assertEquals(List.of(), loaded.profiles());
        assertEquals(Optional.empty(), loaded.damage());
        assertEquals(content, Files.readString(legacy, StandardCharsets.ISO_8859_1));
        assertFalse(Files.exists(file()));
    }

    @Test
    void anExistingProfileFileWinsOverALeftoverLastLogin() throws IOException {
        store().saveUsed(PLAIN);
        Files.writeString(temp.resolve("last-login.properties"), "jid=other@localhost\n");

        assertEquals(List.of(PLAIN), store().load().profiles());
    }

    @Test
    void freshProfilesGetDistinctIds() {
        LoginRequest login = new LoginRequest("admin@localhost", null, 0, TlsMode.STARTTLS);

        Set<String> ids = Stream.generate(() -> ServerProfile.create("", login).id()).limit(50)
                .collect(Collectors.toSet());

        assertEquals(50, ids.size());
    }

    private static Properties read(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            p.load(in);
        }
        return p;
    }

    private static List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
