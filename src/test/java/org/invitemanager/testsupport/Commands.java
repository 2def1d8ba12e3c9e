package org.invitemanager.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs the short command-line tools the fixture needs (prosodyctl, openssl) and finds them on PATH. */
final class Commands {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private Commands() {
    }

    static Optional<Path> onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Runs the command and returns its combined output, or throws with that output if it fails. */
    static String run(List<String> command) {
        Process process;
        try {
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run " + command.get(0), e);
        }
        // Read on another thread so a tool that hangs cannot block us past the timeout.
        CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> readAll(process));
        try {
            if (!process.waitFor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(command.get(0) + " did not finish within " + TIMEOUT.toSeconds()
                        + " s: " + redact(command));
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + command.get(0), e);
        }
        String text = output.join();
        if (process.exitValue() != 0) {
            throw new IllegalStateException(redact(command) + " failed with status " + process.exitValue() + ":\n"
                    + text);
        }
        return text;
    }

    private static String readAll(Process process) {
        try {
            return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(output unreadable: " + e.getMessage() + ")";
        }
    }

    // prosodyctl takes the password as the last argument; keep it out of failure messages.
    private static String redact(List<String> command) {
        if (command.size() > 2 && command.contains("register")) {
            return String.join(" ", command.subList(0, command.size() - 1)) + " ***";
        }
        return String.join(" ", command);
    }
}
