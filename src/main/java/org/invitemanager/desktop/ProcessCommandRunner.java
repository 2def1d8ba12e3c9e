package org.invitemanager.desktop;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Runs a command with a short time limit, so a slow desktop service can never hold up the app. */
public final class ProcessCommandRunner implements CommandRunner {

    private static final long LIMIT_MS = 2_000;
    private static final int MAX_OUTPUT = 4_096;

    @Override
    public Optional<String> run(List<String> command) {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
            // Nothing is typed into it: a tool that reads its input sees the end at once.
            process.getOutputStream().close();
        } catch (IOException | RuntimeException e) {
            // The tool is simply not installed on this desktop.
            return Optional.empty();
        }
        try (InputStream out = process.getInputStream()) {
            if (!process.waitFor(LIMIT_MS, TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            String text = new String(out.readNBytes(MAX_OUTPUT), StandardCharsets.UTF_8);
            return process.exitValue() == 0 ? Optional.of(text) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            return Optional.empty();
        }
    }
}
