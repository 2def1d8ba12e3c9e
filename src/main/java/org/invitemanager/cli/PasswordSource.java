package org.invitemanager.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/**
 * Finds the admin's password: in a file, else in an environment variable, else by asking on the terminal. Never in an
 * argument, where the process list and the shell history would show it to others.
 */
final class PasswordSource {

    static final String DEFAULT_VARIABLE = "INVITE_MANAGER_PASSWORD";

    private PasswordSource() {
    }

    /**
     * The password as characters the caller zeroes after use.
     *
     * @param file     {@code --password-file}, or null
     * @param variable the environment variable to look in
     * @param account  the JID, named in the prompt
     * @throws CliException with the usage exit code when no source has a password
     */
    static char[] read(Path file, String variable, String account, Map<String, String> env, PasswordPrompt prompt)
            throws CliException {
        if (file != null) {
            return fromFile(file);
        }
        String value = env.get(variable);
        if (value != null && !value.isEmpty()) {
            return value.toCharArray();
        }
        char[] typed = prompt.readPassword("Password for " + account + ": ");
        if (typed == null) {
            throw CliException.usage("No password: set " + variable + ", pass --password-file, or run in a terminal.");
        }
        if (typed.length == 0) {
            throw CliException.usage("No password was entered.");
        }
        return typed;
    }

    /** The first line, without its line ending; read as characters so no String copy of it lingers. */
    private static char[] fromFile(Path file) throws CliException {
        if (Files.isDirectory(file)) {
            throw CliException.usage("Cannot read the password file " + file + ": it is a directory.");
        }
        char[] line = new char[64];
        int length = 0;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (int c = reader.read(); c != -1 && c != '\n'; c = reader.read()) {
                if (length == line.length) {
                    char[] longer = Arrays.copyOf(line, length * 2);
                    Arrays.fill(line, '\0');
                    line = longer;
                }
                line[length++] = (char) c;
            }
        } catch (IOException e) {
            Arrays.fill(line, '\0');
            throw CliException.usage("Cannot read the password file " + file + ": " + reason(e) + ".");
        }
        if (length > 0 && line[length - 1] == '\r') {
            length--;
        }
        char[] password = Arrays.copyOf(line, length);
        Arrays.fill(line, '\0');
        if (password.length == 0) {
            throw CliException.usage("The first line of the password file " + file + " is empty.");
        }
        return password;
    }

    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "it does not exist";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        // Other messages may quote the file's bytes (a decoding error), so only the kind of error is shown.
        return e.getClass().getSimpleName();
    }
}
