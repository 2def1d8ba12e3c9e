package org.invitemanager.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** This process's resident set, from the kernel's own count in /proc/self/status. */
final class Rss {

    private Rss() {
    }

    /** VmRSS in MiB. */
    static double mebibytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read /proc/self/status", e);
        }
        throw new IllegalStateException("no VmRSS line in /proc/self/status");
    }
}
