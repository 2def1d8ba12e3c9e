package org.invitemanager.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the code and {@code messages.properties} in step: every key the code asks for exists, every key in the file is
 * asked for somewhere, and every value is a MessageFormat pattern that takes the arguments its callers pass.
 */
class TextsTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path BUNDLE_FILE = Path.of("src/main/resources/org/invitemanager/ui/messages.properties");
    private static final Pattern CALL = Pattern.compile("Texts\\.(get|format)\\(\\s*\"([^\"]*)\"");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)\\s*(?:,\\s*(\\w+))?");
    private static final Pattern DUMMY = Pattern.compile("‹arg(\\d+)›");
    private static final Pattern LEFT_OVER = Pattern.compile("\\{\\d+[},]");
    private static final int[] COUNTS = {0, 1, 2, 7, 1000};

    private static final Map<String, String> BUNDLE = new LinkedHashMap<>();
    private static final List<Call> CALLS = new ArrayList<>();
    private static String allSources;

    /** One {@code Texts.get/format} with a literal key; {@code arguments} is -1 when it cannot be told. */
    private record Call(String file, String key, int arguments) { }

    @BeforeAll
    static void read() throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(BUNDLE_FILE, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        new TreeSet<>(properties.stringPropertyNames()).forEach(key -> BUNDLE.put(key, properties.getProperty(key)));
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String source = Files.readString(file, StandardCharsets.UTF_8);
                all.append(source).append('\n');
                Matcher call = CALL.matcher(source);
                while (call.find()) {
                    int arguments = "get".equals(call.group(1)) ? 0 : countArguments(source, call.end());
                    CALLS.add(new Call(SOURCES.relativize(file).toString(), call.group(2), arguments));
                }
            }
        }
        allSources = all.toString();
    }

    @Test
    void bundleHasKeysAndTheCodeUsesTexts() {
        assertTrue(BUNDLE.size() > 100, "keys in the bundle: " + BUNDLE.size());
        assertTrue(CALLS.size() > 100, "calls found: " + CALLS.size());
    }

    @Test
    void everyKeyTheCodeAsksForExists() {
        List<String> missing = CALLS.stream().filter(call -> !BUNDLE.containsKey(call.key()))
                .map(call -> call.file() + ": " + call.key()).distinct().toList();

        assertEquals(List.of(), missing);
    }

    @Test
    void everyKeyInTheBundleIsUsed() {
        List<String> unused = BUNDLE.keySet().stream().filter(key -> !allSources.contains("\"" + key + "\"")).toList();

        assertEquals(List.of(), unused);
    }

    @Test
    void noKeyIsWrittenTwice() throws IOException {
        List<String> seen = new ArrayList<>();
        List<String> twice = new ArrayList<>();
        for (String line : Files.readAllLines(BUNDLE_FILE, StandardCharsets.UTF_8)) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!") || !trimmed.contains("=")) {
                continue;
            }
            String key = trimmed.substring(0, trimmed.indexOf('=')).strip();
            if (seen.contains(key)) {
                twice.add(key);
            }
            seen.add(key);
        }

        assertEquals(List.of(), twice);
    }

    @Test
    void everyValueIsAPatternWithoutAsciiApostrophes() {
        List<String> problems = new ArrayList<>();
        BUNDLE.forEach((key, value) -> {
            if (value.indexOf('\'') >= 0) {
                problems.add(key + ": ASCII apostrophe, write ’");
            }
            try {
                new MessageFormat(value, Locale.ENGLISH);
            } catch (IllegalArgumentException e) {
                problems.add(key + ": " + e.getMessage());
            }
        });

        assertEquals(List.of(), problems);
    }

    @Test
    void everyArgumentIsFilledIn() {
        List<String> problems = new ArrayList<>();
        BUNDLE.forEach((key, value) -> {
            int highest = highestArgument(value);
            boolean[] shown = new boolean[highest + 1];
            for (int count : COUNTS) {
                String text = new MessageFormat(value, Locale.ENGLISH).format(dummyArguments(value, count));
                if (LEFT_OVER.matcher(text).find()) {
                    problems.add(key + " leaves an argument unfilled: " + text);
                }
                Matcher dummy = DUMMY.matcher(text);
                while (dummy.find()) {
                    shown[Integer.parseInt(dummy.group(1))] = true;
                }
            }
            Map<Integer, String> types = argumentTypes(value);
            for (int i = 0; i <= highest; i++) {
                if (!shown[i] && types.get(i) == null) {
                    problems.add(key + " never shows argument {" + i + "}");
                }
            }
        });

        assertEquals(List.of(), problems);
    }

    @Test
    void callsPassAsManyArgumentsAsThePatternTakes() {
        List<String> problems = CALLS.stream()
                .filter(call -> call.arguments() >= 0 && BUNDLE.containsKey(call.key()))
                .filter(call -> call.arguments() != highestArgument(BUNDLE.get(call.key())) + 1)
                .map(call -> call.file() + ": " + call.key() + " gets " + call.arguments() + " argument(s), takes "
                        + (highestArgument(BUNDLE.get(call.key())) + 1))
                .distinct().toList();

        assertEquals(List.of(), problems);
    }

    @Test
    void everyKeyFormatsInOtherLocales() {
        // A pseudo-locale has no bundle of its own: lookup falls back to English, formatting uses its rules.
        List<Locale> locales = List.of(Locale.forLanguageTag("en-XA"), Locale.forLanguageTag("ar-XB"), Locale.GERMANY,
                Locale.JAPAN, Locale.ROOT);
        List<String> problems = new ArrayList<>();
        for (Locale locale : locales) {
            ResourceBundle bundle = ResourceBundle.getBundle(Texts.BUNDLE, locale);
            for (String key : BUNDLE.keySet()) {
                try {
                    String text = new MessageFormat(bundle.getString(key), locale)
                            .format(dummyArguments(bundle.getString(key), 2));
                    if (text.isBlank()) {
                        problems.add(locale + " " + key + " is blank");
                    }
                } catch (RuntimeException e) {
                    problems.add(locale + " " + key + ": " + e);
                }
            }
        }

        assertEquals(List.of(), problems);
    }

    @Test
    void textsFormatsWithArgumentsAndMarksMissingKeys() {
        assertEquals("!no.such.key!", Texts.get("no.such.key"));
        String anyKey = BUNDLE.keySet().iterator().next();
        assertTrue(!Texts.format(anyKey, dummyArguments(BUNDLE.get(anyKey), 1)).startsWith("!"));
    }

    private static int highestArgument(String pattern) {
        int highest = -1;
        Matcher argument = ARGUMENT.matcher(pattern);
        while (argument.find()) {
            highest = Math.max(highest, Integer.parseInt(argument.group(1)));
        }
        return highest;
    }

    /** Argument index to its format type (number, choice, date, time) where the pattern gives one. */
    private static Map<Integer, String> argumentTypes(String pattern) {
        Map<Integer, String> types = new LinkedHashMap<>();
        Matcher argument = ARGUMENT.matcher(pattern);
        while (argument.find()) {
            if (argument.group(2) != null) {
                types.put(Integer.parseInt(argument.group(1)), argument.group(2));
            }
        }
        return types;
    }

    private static Object[] dummyArguments(String pattern, int count) {
        Map<Integer, String> types = argumentTypes(pattern);
        Object[] args = new Object[highestArgument(pattern) + 1];
        for (int i = 0; i < args.length; i++) {
            String type = types.get(i);
            if (type == null) {
                args[i] = "‹arg" + i + "›";
            } else if ("date".equals(type) || "time".equals(type)) {
                args[i] = new Date(0);
            } else {
                args[i] = count;
            }
        }
        return args;
    }

    /** Counts the arguments after the key, up to the call's closing parenthesis; -1 for an array passed as is. */
    private static int countArguments(String source, int afterKey) {
        int depth = 0;
        int commas = 0;
        StringBuilder last = new StringBuilder();
        for (int i = afterKey; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '"' || c == '\'') {
                i = skipLiteral(source, i, c);
                last.append('x');
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
                last.append(c);
            } else if (c == ']' || c == '}') {
                depth--;
            } else if (c == ')') {
                if (depth == 0) {
                    return commas == 1 && last.toString().strip().startsWith("new Object[") ? -1 : commas;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                commas++;
                last.setLength(0);
            } else {
                last.append(c);
            }
        }
        return -1;
    }

    private static int skipLiteral(String source, int start, char quote) {
        for (int i = start + 1; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote) {
                return i;
            }
        }
        return source.length();
    }
}
