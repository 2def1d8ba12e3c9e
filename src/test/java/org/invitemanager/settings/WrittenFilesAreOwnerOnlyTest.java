package org.invitemanager.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.invitemanager.desktop.ThemeChoice;
import org.invitemanager.domain.Invite;
import org.invitemanager.domain.InviteKind;
import org.invitemanager.domain.LabelledInvite;
import org.invitemanager.domain.LoginRequest;
import org.invitemanager.domain.TlsMode;
import org.invitemanager.export.InviteCsv;
import org.invitemanager.export.PaperSize;
import org.invitemanager.export.PdfInviteSheet;
import org.invitemanager.qr.QrEncoder;
import org.invitemanager.qr.QrPngWriter;
import org.invitemanager.qr.QrSvgWriter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every writer the app has, run once each under fresh XDG config and data folders and with damaged files left
 * world-readable: afterwards every file is rw------- and every folder the app made is rwx------.
 */
class WrittenFilesAreOwnerOnlyTest {

    private static final String URI = "xmpp:localhost?register;preauth=Tok3nTok3nTok3n";

    @TempDir
    Path temp;

    private Path config;
    private Path data;
    private Path exports;

    @BeforeEach
    void folders() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX file system");
        config = temp.resolve("xdg/config/invite-manager");
        data = temp.resolve("xdg/data/invite-manager");
        exports = Files.createDirectories(temp.resolve("Documents"));
    }

    @Test
    void everyFileAndFolderTheAppWritesIsOwnerOnly() throws IOException {
        ProfileStore profiles = new ProfileStore(config);
        profiles.saveUsed(ServerProfile.create("Work", new LoginRequest("admin@localhost", null, 0, TlsMode.STARTTLS)));
        profiles.saveUsed(ServerProfile.create("Test", new LoginRequest("admin@test", "127.0.0.1", 5222,
                TlsMode.DIRECT_TLS)));
        new AppearanceStore(config).save(ThemeChoice.DARK);
        CertificatePinStore pins = new CertificatePinStore(data);
        pins.pin("localhost", "AB:CD");
        pins.pin("test", "EF:01");
        pins.forget("test");
        InviteHistoryStore history = new InviteHistoryStore(data);
        history.record("admin@localhost", invite("i1"), Instant.EPOCH, "first");
        history.record("admin@localhost", invite("i2"), Instant.EPOCH, "");
        history.forget("admin@localhost", "i2");
        writeEveryExport();

        Map<String, String> found = permissionsUnder(temp.resolve("xdg"));
        found.putAll(permissionsUnder(exports));

        List<String> wrong = new ArrayList<>();
        found.forEach((path, permissions) -> {
            boolean folder = Files.isDirectory(temp.resolve(path));
            String expected = folder ? "rwx------" : "rw-------";
            if (!permissions.equals(expected) && !path.equals("Documents")) {
                wrong.add(path + " is " + permissions);
            }
        });
        assertEquals(List.of(), wrong, found.toString());
        assertTrue(found.keySet().containsAll(List.of("xdg/config/invite-manager/profiles.properties",
                "xdg/config/invite-manager/appearance.properties", "xdg/data/invite-manager/certificate-pins.properties",
                "xdg/data/invite-manager/invite-history.properties", "Documents/code.png", "Documents/code.svg",
                "Documents/invites.csv", "Documents/invites.pdf")), found.toString());
        assertTrue(found.keySet().stream().noneMatch(p -> p.endsWith(".tmp")), "no temporary file left behind");
    }

    /** A damaged file someone left world-readable is moved aside for rescue, and is then owner-only too. */
    @Test
    void damagedFilesMovedAsideAreOwnerOnly() throws IOException {
        Files.createDirectories(config);
        Files.createDirectories(data);
        Path profilesFile = looseFile(config.resolve("profiles.properties"), "version=9\n");
        Path historyFile = looseFile(data.resolve("invite-history.properties"), "x.uri=" + URI + "\\uZZZZ\n");

        ProfileStore profiles = new ProfileStore(config);
        profiles.load();
        profiles.saveUsed(ServerProfile.create("", new LoginRequest("admin@localhost", null, 0, TlsMode.STARTTLS)));
        new InviteHistoryStore(data).record("admin@localhost", invite("i3"), Instant.EPOCH, "");

        List<Path> aside = new ArrayList<>();
        for (Path folder : List.of(config, data)) {
            try (Stream<Path> files = Files.list(folder)) {
                files.filter(f -> f.getFileName().toString().matches(".*\\.(corrupt|damaged)-.*")).forEach(aside::add);
            }
        }
        assertEquals(2, aside.size(), aside.toString());
        for (Path file : aside) {
            assertEquals("rw-------", permissions(file), file.toString());
        }
        assertEquals("rw-------", permissions(historyFile), "the new history replacing it");
        assertEquals("rwx------", permissions(config));
        assertEquals("rwx------", permissions(data));
        assertEquals("rw-------", permissions(profilesFile), "the new profiles replacing them");
    }

    private void writeEveryExport() throws IOException {
        List<LabelledInvite> invites = List.of(new LabelledInvite("Table 1", invite("i1")),
                new LabelledInvite("Table 2", invite("i2")));
        QrPngWriter.write(QrEncoder.encode(URI), 4, exports.resolve("code.png"));
        QrSvgWriter.write(QrEncoder.encode(URI), exports.resolve("code.svg"));
        InviteCsv.write(invites, exports.resolve("invites.csv"));
        PdfInviteSheet.write(invites, PaperSize.A4, "localhost", exports.resolve("invites.pdf"));
    }

    private static Invite invite(String id) {
        return new Invite(InviteKind.ACCOUNT, URI, null, null, id);
    }

    private static Path looseFile(Path file, String content) throws IOException {
        Files.writeString(file, content);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        return file;
    }

    /** Each path under {@code root}, the root included, relative to the temporary folder, with its permissions. */
    private Map<String, String> permissionsUnder(Path root) throws IOException {
        Map<String, String> found = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.toList()) {
                found.put(temp.relativize(path).toString(), permissions(path));
            }
        }
        return found;
    }

    private static String permissions(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
