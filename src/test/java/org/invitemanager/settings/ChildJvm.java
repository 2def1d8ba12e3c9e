package org.invitemanager.settings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Starts a JVM on the test class path with an environment of the test's choosing, and collects what it printed. */
final class ChildJvm {

    private ChildJvm() {
    }

    /** What the child printed as name=value lines, its exit code, its error output and how long it ran. */
    record Outcome(int exitCode, Map<String, String> values, String stderr, long millis) {
        String get(String name) {
            return values.get(name);
        }

        @Override
        public String toString() {
            return "exit " + exitCode + " after " + millis + " ms, " + values + ", stderr: " + stderr;
        }
    }

    /** The java command for {@code mainClass}; surefire's own class path is a manifest-only jar, which java accepts. */
    static List<String> java(Class<?> mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-cp", classPath(), mainClass.getName()));
        command.addAll(List.of(args));
        return command;
    }

    static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static String classPath() {
        String full = System.getProperty("surefire.test.class.path");
        return full != null && !full.isBlank() ? full : System.getProperty("java.class.path");
    }

    /**
     * Runs the command with the parent's environment minus any desktop session, plus {@code env}. A child that
     * outlives {@code limit} is killed, with its children, and reported with exit code -1.
     */
    static Outcome run(List<String> command, Map<String, String> env, Path workDir, Duration limit)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
        Map<String, String> environment = builder.environment();
        for (String name : List.of("DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY", "XDG_RUNTIME_DIR",
                "GNOME_KEYRING_CONTROL", "SSH_AUTH_SOCK", "JAVA_TOOL_OPTIONS")) {
            environment.remove(name);
        }
        environment.putAll(env);
        Path out = workDir.resolve("child.out");
        Path err = workDir.resolve("child.err");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        long start = System.nanoTime();
        Process process = builder.start();
        boolean finished = process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
        if (!finished) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
            int equals = line.indexOf('=');
            if (equals > 0) {
                values.put(line.substring(0, equals), line.substring(equals + 1));
            }
        }
        return new Outcome(finished ? process.exitValue() : -1, values,
                Files.readString(err, StandardCharsets.UTF_8), millis);
    }
}
