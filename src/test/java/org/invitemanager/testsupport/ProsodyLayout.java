package org.invitemanager.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/** Where everything of one test server lives, all under one temporary directory. */
public record ProsodyLayout(Path directory) {

    static ProsodyLayout createTemporary() {
        try {
            ProsodyLayout layout = new ProsodyLayout(Files.createTempDirectory("invite-manager-prosody-"));
            Files.createDirectories(layout.dataDir());
            Files.createDirectories(layout.certificatesDir());
            return layout;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the Prosody test directory", e);
        }
    }

    public Path configFile() {
        return directory.resolve("prosody.cfg.lua");
    }

    public Path dataDir() {
        return directory.resolve("data");
    }

    public Path certificatesDir() {
        return directory.resolve("certs");
    }

    public Path logFile() {
        return directory.resolve("prosody.log");
    }

    /** Prosody's stdout and stderr. */
    public Path outputFile() {
        return directory.resolve("prosody.out");
    }

    public Path pidFile() {
        return directory.resolve("prosody.pid");
    }

    public Path key() {
        return directory.resolve("localhost.key");
    }

    public Path certificate() {
        return directory.resolve("localhost.crt");
    }

    void delete() {
        if (!Files.exists(directory)) {
            return;
        }
        try {
            Files.walkFileTree(directory, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + directory, e);
        }
    }
}
