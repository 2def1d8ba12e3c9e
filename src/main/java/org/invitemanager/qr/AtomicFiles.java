package org.invitemanager.qr;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Replaces a file in one step, so a failed export leaves any earlier file as it was and no partial file behind. Every
 * export writes through here: PNG and SVG codes, PDF sheets, CSV.
 */
public final class AtomicFiles {

    /** Writes a file's whole contents to a stream. */
    @FunctionalInterface
    public interface Contents {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    public static void write(Path file, Contents contents) throws IOException {
        Path target = file.toAbsolutePath();
        // On POSIX a temporary file is created rw-------, and the move keeps that: exports hold invite tokens, so
        // they stay owner-only even in the user's own folders; sharing one is the user's choice to make.
        Path temp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                contents.writeTo(out);
            }
            moveIntoPlace(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Some file systems cannot rename atomically; a plain replace is still better than writing in place.
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
