package org.invitemanager.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** One {@code prosody -F} child process, started and stopped the way the fixture needs. */
final class ProsodyProcess {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(20);
    private static final int TAIL_LINES = 40;

    private final Process process;
    private final ProsodyLayout layout;
    private final int port;
    private final long logOffset;
    private final long outputOffset;

    private ProsodyProcess(Process process, ProsodyLayout layout, int port, long logOffset, long outputOffset) {
        this.process = process;
        this.layout = layout;
        this.port = port;
        this.logOffset = logOffset;
        this.outputOffset = outputOffset;
    }

    /** Starts prosody and returns once it accepts on the port; on failure it is stopped again and this throws. */
    static ProsodyProcess launch(Path prosody, ProsodyLayout layout, int port) {
        long logOffset = size(layout.logFile());
        long outputOffset = size(layout.outputFile());
        Process process;
        try {
            process = new ProcessBuilder(prosody.toString(), "-F", "--config", layout.configFile().toString())
                    .directory(layout.directory().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(layout.outputFile().toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + prosody, e);
        }
        ProsodyProcess started = new ProsodyProcess(process, layout, port, logOffset, outputOffset);
        try {
            started.awaitListening();
            return started;
        } catch (RuntimeException e) {
            started.terminate();
            throw e;
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Sends SIGTERM without waiting. */
    void signal() {
        process.destroy();
    }

    /** SIGKILL: no goodbye to the clients, no chance to save anything more. */
    void kill() {
        try {
            process.destroyForcibly().waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** SIGTERM, then SIGKILL if prosody is still there after 5 s. */
    void terminate() {
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private void awaitListening() {
        // The log line tells our listener from a stranger that might hold the port.
        String listening = "Added listening service c2s to [" + ProsodyServer.HOST + "]:" + port;
        String bindFailed = "Failed to open server port " + port;
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (true) {
            String log = readFrom(layout.logFile(), logOffset);
            if (log.contains(bindFailed)) {
                throw new PortTakenException(failure("Prosody could not bind " + ProsodyServer.HOST + ":" + port));
            }
            if (!process.isAlive()) {
                throw new IllegalStateException(failure("Prosody exited with status " + process.exitValue()
                        + " before accepting connections"));
            }
            if (log.contains(listening) && accepts()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(failure("Prosody did not accept connections on "
                        + ProsodyServer.HOST + ":" + port + " within " + START_TIMEOUT.toSeconds() + " s"));
            }
            try {
                Thread.sleep(POLL_INTERVAL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for Prosody", e);
            }
        }
    }

    private boolean accepts() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(ProsodyServer.HOST, port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private String failure(String summary) {
        return summary + " (config " + layout.configFile() + ")\n--- end of " + layout.logFile() + " ---\n"
                + tail(readFrom(layout.logFile(), logOffset)) + "\n--- prosody output ---\n"
                + tail(readFrom(layout.outputFile(), outputOffset));
    }

    private static long size(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private static String readFrom(Path file, long offset) {
        if (!Files.exists(file)) {
            return "";
        }
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(Math.min(offset, Files.size(file)));
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    private static String tail(String text) {
        List<String> lines = text.lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size()));
    }

    /** Another process took the port between our probe and prosody's bind; worth another try on a new port. */
    static final class PortTakenException extends IllegalStateException {

        PortTakenException(String message) {
            super(message);
        }
    }
}
