package org.invitemanager.settings;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.invitemanager.domain.Invite;
import org.invitemanager.domain.InviteKind;
import org.invitemanager.domain.InviteListEntry;
import org.invitemanager.domain.InviteListEntry.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InviteHistoryStoreTest {

    private static final String ADMIN = "admin@example.org";
    private static final String TOKEN = "SeCrEtToKeN-1234567890";
    private static final Instant T0 = Instant.parse("2024-05-01T10:15:30.123Z");

    @TempDir
    Path temp;

    @Test
    void recordedInviteRoundTripsEveryField() throws IOException {
        Invite invite = new Invite(InviteKind.ACCOUNT, "xmpp:zed@example.org?register;preauth=" + TOKEN,
                "https://example.org/invite/" + TOKEN + "?a=b:c", T0.plusSeconds(86_400), "inv-42");

        new InviteHistoryStore(temp.resolve("data")).record(ADMIN, invite, T0, "for Zed");

        List<InviteListEntry> entries = new InviteHistoryStore(temp.resolve("data")).entries(ADMIN);
        InviteListEntry expected = new InviteListEntry("inv-42", InviteKind.ACCOUNT, Status.PENDING, T0,
                T0.plusSeconds(86_400), null, null, "for Zed", ADMIN, "zed", List.of(), invite.uri(),
                invite.landingUrl());
        assertEquals(List.of(expected), entries);
        assertEquals(Optional.of(invite), entries.get(0).invite());
        assertEquals(Status.EXPIRED, entries.get(0).statusAt(T0.plusSeconds(86_400)));
    }

    @Test
    void missingLandingUrlExpiryAndNoteStayAbsent() throws IOException {
        Invite invite = new Invite(InviteKind.CONTACT, "xmpp:admin@example.org?roster;preauth=" + TOKEN + ";ibr=y",
                null, null, "c1");

        new InviteHistoryStore(temp).record(ADMIN, invite, T0, null);

        InviteListEntry entry = new InviteHistoryStore(temp).entries(ADMIN).get(0);
        assertEquals(Optional.of(invite), entry.invite());
        assertEquals(null, entry.expires());
        assertEquals("", entry.landingUrl());
        assertEquals("", entry.note());
        assertEquals("", entry.username(), "a roster URI names the inviter, not a username");
        assertEquals(Status.PENDING, entry.statusAt(T0.plusSeconds(10L * 365 * 86_400)));
        assertEquals(null, entry.uses());
        assertEquals(null, entry.maxUses());
    }

    @Test
    void entriesAreNewestFirst() throws IOException {
        InviteHistoryStore store = new InviteHistoryStore(temp);
        store.record(ADMIN, invite("b"), T0.plusSeconds(60), "");
        store.record(ADMIN, invite("c"), T0.plusSeconds(120), "");
        store.record(ADMIN, invite("a"), T0, "");

        assertEquals(List.of("c", "b", "a"), ids(new InviteHistoryStore(temp).entries(ADMIN)));
    }

    @Test
    void accountsAreSeparateAndMatchedWithoutCase() throws IOException {
        InviteHistoryStore store = new InviteHistoryStore(temp);
        store.record("Admin@Example.ORG", invite("same"), T0, "mine");
        store.record("other@example.org", invite("same"), T0, "theirs");
        store.record("other@example.org", invite("only-theirs"), T0, "");

        List<InviteListEntry> mine = store.entries("ADMIN@example.org");
        assertEquals(List.of("same"), ids(mine));
        assertEquals("mine", mine.get(0).note());
        assertEquals(ADMIN, mine.get(0).creator());
        assertEquals(List.of("only-theirs", "same"), ids(store.entries("other@example.org")));
        assertEquals(List.of(), store.entries("nobody@example.org"));
    }

    @Test
    void recordingTheSameIdAgainReplacesTheEntry() throws IOException {
        InviteHistoryStore store = new InviteHistoryStore(temp);
        store.record(ADMIN, new Invite(InviteKind.ACCOUNT, "xmpp:example.org?register;preauth=old",
                "https://example.org/old", T0.plusSeconds(60), "x"), T0, "first");

        store.record(ADMIN, new Invite(InviteKind.ACCOUNT, "xmpp:example.org?register;preauth=new",
                null, null, "x"), T0.plusSeconds(5), "");

        List<InviteListEntry> entries = new InviteHistoryStore(temp).entries(ADMIN);
        assertEquals(1, entries.size());
        assertEquals("xmpp:example.org?register;preauth=new", entries.get(0).uri());
        assertEquals("", entries.get(0).note(), "no field of the old entry survives");
        assertEquals("", entries.get(0).landingUrl());
        assertEquals(null, entries.get(0).expires());
        assertEquals(T0.plusSeconds(5), entries.get(0).created());
    }

    @Test
    void idFromTheUriIsAShortHashThatHidesTheToken() throws IOException {
        InviteHistoryStore store = new InviteHistoryStore(temp);
        String uri = "xmpp:example.org?register;preauth=" + TOKEN;
        store.record(ADMIN, new Invite(InviteKind.ACCOUNT, uri, null, null), T0, "");
        store.record(ADMIN, new Invite(InviteKind.ACCOUNT, uri, null, null), T0.plusSeconds(1), "again");
        store.record(ADMIN, new Invite(InviteKind.ACCOUNT, uri + "X", null, null), T0, "");

        List<InviteListEntry> entries = store.entries(ADMIN);
        assertEquals(2, entries.size(), "the same URI keeps one entry");
        String id = entries.get(0).id();
        assertEquals("again", entries.get(0).note());
        assertTrue(id.matches("[0-9a-f]{16}"), id);
        assertFalse(id.contains(TOKEN.substring(0, 6)));
        assertNotEquals(id, entries.get(1).id());
        assertEquals(Optional.of(new Invite(InviteKind.ACCOUNT, uri, null, null, id)), entries.get(0).invite());
    }

    @Test
    void forgetRemovesOnlyThatEntryAndIgnoresUnknownIds() throws IOException {
        InviteHistoryStore store = new InviteHistoryStore(temp);
        store.record(ADMIN, invite("keep"), T0, "");
        store.record(ADMIN, invite("drop"), T0.plusSeconds(1), "");
        store.record("other@example.org", invite("drop"), T0, "");

        store.forget("ADMIN@EXAMPLE.ORG", "drop");
        byte[] before = Files.readAllBytes(historyFile());
        store.forget(ADMIN, "never-recorded");
        store.forget("nobody@example.org", "keep");

        assertEquals(List.of("keep"), ids(new InviteHistoryStore(temp).entries(ADMIN)));
        assertEquals(List.of("drop"), ids(store.entries("other@example.org")));
        assertArrayEquals(before, Files.readAllBytes(historyFile()));
    }

    @Test
    void forgettingWithoutAFileWritesNothing() throws IOException {
        new InviteHistoryStore(temp).forget(ADMIN, "x");

        assertFalse(Files.exists(historyFile()));
    }

    @Test
    void historyKeepsTheNewest2000PerAccount() throws IOException {
        Properties full = new Properties();
        for (int i = 0; i < 2000; i++) {
            putRaw(full, ADMIN, "n" + i, InviteKind.ACCOUNT.name(), "xmpp:example.org?register;preauth=t" + i,
                    T0.plusSeconds(i).toString());
        }
        putRaw(full, "other@example.org", "n0", InviteKind.ACCOUNT.name(), "xmpp:example.org?register;preauth=o",
                T0.minusSeconds(1).toString());
        writeRaw(full);
        InviteHistoryStore store = new InviteHistoryStore(temp);
        assertEquals(2000, store.entries(ADMIN).size());

        store.record(ADMIN, invite("newest"), T0.plusSeconds(5000), "");

        List<String> ids = ids(new InviteHistoryStore(temp).entries(ADMIN));
        assertEquals(2000, ids.size());
        assertEquals("newest", ids.get(0));
        assertEquals("n1999", ids.get(1));
        assertEquals("n1", ids.get(1999));
        assertFalse(ids.contains("n0"));
        assertEquals(List.of("n0"), ids(store.entries("other@example.org")), "other accounts keep their own");
    }

    @Test
    void aBackDatedInviteIsKeptEvenWhenTheHistoryIsFull() throws IOException {
        Properties full = new Properties();
        for (int i = 0; i < 2000; i++) {
            putRaw(full, ADMIN, "n" + i, "ACCOUNT", "xmpp:example.org?register;preauth=t" + i,
                    T0.plusSeconds(i).toString());
        }
        writeRaw(full);

        new InviteHistoryStore(temp).record(ADMIN, invite("old"), T0.minusSeconds(1), "");

        List<String> ids = ids(new InviteHistoryStore(temp).entries(ADMIN));
        assertEquals(2000, ids.size());
        assertEquals("old", ids.get(1999));
        assertFalse(ids.contains("n0"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Grüße, 日本語, emoji 🎉, RTL עברית",
        "first line\nsecond line\r\nthird\rfourth",
        "key=value: a # not a comment ! nor this",
        "#starts like a comment",
        "  leading and trailing spaces  ",
        "back\\slash and \\uZZZZ that is no escape",
        "tab\there, NUL \u0000 and \u2028 line separator",
    })
    void oddNotesRoundTrip(String note) throws IOException {
        Invite invite = new Invite(InviteKind.PASSWORD_RESET, "xmpp:zed@example.org?register;preauth=" + TOKEN,
                "https://example.org/reset?t=" + TOKEN + "&x=a:b", null, "id " + note);

        new InviteHistoryStore(temp).record(ADMIN, invite, T0, note);

        List<InviteListEntry> entries = new InviteHistoryStore(temp).entries(ADMIN);
        assertEquals(1, entries.size());
        assertEquals(note, entries.get(0).note());
        assertEquals("id " + note, entries.get(0).id());
        assertEquals(Optional.of(invite), entries.get(0).invite());
        assertEquals("zed", entries.get(0).username());
    }

    @Test
    void unparseableFileIsMovedAsideBeforeANewInviteIsWritten() throws IOException {
        byte[] damaged = "admin@example.org/x.uri=xmpp:example.org?register;preauth=\\uZZZZ\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        Files.write(historyFile(), damaged);
        InviteHistoryStore store = new InviteHistoryStore(temp);

        List<String> log = capturingLog(() -> assertEquals(List.of(), store.entries(ADMIN)));
        assertEquals(1, log.size(), log.toString());
        assertArrayEquals(damaged, Files.readAllBytes(historyFile()), "reading leaves the file alone");
        assertThrows(IOException.class, () -> store.forget(ADMIN, "x"));
        assertArrayEquals(damaged, Files.readAllBytes(historyFile()), "forgetting leaves the file alone");

        store.record(ADMIN, invite("fresh"), T0, "");

        assertEquals(List.of("fresh"), ids(new InviteHistoryStore(temp).entries(ADMIN)));
        List<Path> aside = filesStartingWith("invite-history.properties.damaged-");
        assertEquals(1, aside.size());
        assertTrue(aside.get(0).getFileName().toString().matches("invite-history\\.properties\\.damaged-\\d+"));
        assertArrayEquals(damaged, Files.readAllBytes(aside.get(0)));
    }

    @Test
    void damagedEntriesAreSkippedLoggedWithoutTokensAndKept() throws IOException {
        InviteHistoryStore store = new InviteHistoryStore(temp);
        store.record(ADMIN, invite("good"), T0, "");
        Properties raw = readRaw();
        String uri = "xmpp:example.org?register;preauth=" + TOKEN;
        putRaw(raw, ADMIN, "bad-kind", "BOGUS", uri, T0.toString());
        putRaw(raw, ADMIN, "bad-created", "ACCOUNT", uri, "yesterday");
        putRaw(raw, ADMIN, "no-uri", "ACCOUNT", null, T0.toString());
        putRaw(raw, ADMIN, "bad-expiry", "ACCOUNT", uri, T0.toString());
        raw.setProperty(ADMIN + "/bad-expiry.expires", "soon");
        putRaw(raw, ADMIN, "wrong-account", "ACCOUNT", uri, T0.toString());
        raw.setProperty(ADMIN + "/wrong-account.account", "other@example.org");
        writeRaw(raw);

        List<String> log = capturingLog(() -> assertEquals(List.of("good"), ids(store.entries(ADMIN))));
        assertEquals(1, log.size(), log.toString());
        assertTrue(log.get(0).contains("5"), log.get(0));
        assertFalse(log.get(0).contains(TOKEN));

        store.record(ADMIN, invite("later"), T0.plusSeconds(1), "");

        assertEquals(List.of("later", "good"), ids(store.entries(ADMIN)));
        Properties after = readRaw();
        assertEquals("BOGUS", after.getProperty(ADMIN + "/bad-kind.kind"), "damaged entries stay for a person to see");
        assertEquals("yesterday", after.getProperty(ADMIN + "/bad-created.created"));
        assertEquals("soon", after.getProperty(ADMIN + "/bad-expiry.expires"));
    }

    @Test
    void historyFileIsOwnerOnlyInAPrivateFolder() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX file system");
        Path data = temp.resolve("xdg/data/invite-manager");
        InviteHistoryStore store = new InviteHistoryStore(data);
        store.record(ADMIN, invite("a"), T0, "");
        Path file = data.resolve("invite-history.properties");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        store.record(ADMIN, invite("b"), T0, "");

        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data)));
        assertEquals(List.of("invite-history.properties"), filesIn(data), "no temporary file is left behind");
    }

    private static Invite invite(String id) {
        return new Invite(InviteKind.ACCOUNT, "xmpp:example.org?register;preauth=" + id + TOKEN, null, null, id);
    }

    private static List<String> ids(List<InviteListEntry> entries) {
        return entries.stream().map(InviteListEntry::id).toList();
    }

    private Path historyFile() {
        return temp.resolve("invite-history.properties");
    }

    /** Writes an entry in the store's own layout, for histories a test needs but the API will not make. */
    private static void putRaw(Properties raw, String account, String id, String kind, String uri, String created) {
        String key = account + "/" + id + ".";
        raw.setProperty(key + "account", account);
        raw.setProperty(key + "id", id);
        raw.setProperty(key + "kind", kind);
        raw.setProperty(key + "created", created);
        if (uri != null) {
            raw.setProperty(key + "uri", uri);
        }
    }

    private Properties readRaw() throws IOException {
        Properties raw = new Properties();
        try (InputStream in = Files.newInputStream(historyFile())) {
            raw.load(in);
        }
        return raw;
    }

    private void writeRaw(Properties raw) throws IOException {
        try (OutputStream out = Files.newOutputStream(historyFile())) {
            raw.store(out, null);
        }
    }

    private List<Path> filesStartingWith(String prefix) throws IOException {
        try (Stream<Path> files = Files.list(temp)) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix)).toList();
        }
    }

    private static List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static List<String> capturingLog(Runnable action) {
        List<String> messages = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                messages.add(record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger(InviteHistoryStore.class.getName());
        logger.addHandler(handler);
        try {
            action.run();
        } finally {
            logger.removeHandler(handler);
        }
        return messages;
    }
}
