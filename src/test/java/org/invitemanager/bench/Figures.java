package org.invitemanager.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Where a harness run puts what it measured: one tab-separated line per figure (name, unit, the samples separated by
 * spaces, a note), appended as soon as the figure is known, so a run that fails half-way still leaves its figures.
 * packaging/benchmark.sh reads these lines, adds the start-up and size figures, and prints the table.
 */
final class Figures {

    private final Path file;

    Figures(Path file) {
        this.file = file;
    }

    void add(String figure, String unit, List<Double> samples, String note) {
        String values = samples.stream().map(Figures::format).collect(Collectors.joining(" "));
        String line = String.join("\t", figure, unit, values, note) + "\n";
        try {
            Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
        System.err.printf(Locale.ROOT, "bench: %-44s %-6s %s%n", figure, unit, values);
    }

    static double millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
