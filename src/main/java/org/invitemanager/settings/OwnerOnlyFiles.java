package org.invitemanager.settings;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Properties;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Reads and writes the app's small property files. Writes go to a temporary file that is moved over the old one,
 * so a crash leaves either the old or the new file, never half of one; files and folders are owner-only.
 */
final class OwnerOnlyFiles {

    private static final Logger LOG = Logger.getLogger(OwnerOnlyFiles.class.getName());
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final Set<PosixFilePermission> OTHERS = EnumSet.complementOf(EnumSet.of(
            PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE));

    /** What goes into the file; it may fail half-way, and the old file then stays as it was. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private OwnerOnlyFiles() {
    }

    static Properties read(Path file) throws IOException {
        Properties properties = new Properties();
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                properties.load(in);
            }
        }
        return properties;
    }

    static void write(Path file, Properties properties, String comment) throws IOException {
        write(file, out -> properties.store(out, comment));
    }

    static void write(Path file, Content content) throws IOException {
        createPrivateDirectory(file.getParent());
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(temporary);
        if (POSIX) {
            Files.createFile(temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        try (OutputStream out = Files.newOutputStream(temporary)) {
            content.writeTo(out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
        try {
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Renames an unreadable file for a person to rescue, and makes it owner-only: it may hold invite links, and a
     * copy restored from a backup or written by an older version may have been readable by others.
     */
    static void moveAside(Path file, Path aside) throws IOException {
        Files.move(file, aside);
        if (POSIX) {
            Files.setPosixFilePermissions(aside, PosixFilePermissions.fromString("rw-------"));
        }
    }

    /**
     * Creates the folder, and any missing parents, owner-only. A folder that already exists is the app's own, so
     * group and world access are taken away from it too; its parents (a home or XDG folder) are left alone.
     */
    private static void createPrivateDirectory(Path directory) throws IOException {
        if (!POSIX) {
            Files.createDirectories(directory);
            return;
        }
        if (!Files.isDirectory(directory)) {
            Files.createDirectories(directory,
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            return;
        }
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(directory);
        if (permissions.removeAll(OTHERS)) {
            try {
                Files.setPosixFilePermissions(directory, permissions);
                LOG.info(() -> "made " + directory + " owner-only");
            } catch (IOException e) {
                // A folder handed in by an override may belong to someone else; the files stay owner-only anyway.
                LOG.warning(() -> "cannot make " + directory + " owner-only: " + e.getClass().getSimpleName());
            }
        }
    }
}
