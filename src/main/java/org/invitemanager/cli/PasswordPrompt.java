package org.invitemanager.cli;

/** Asks for the password on the terminal, without echo. */
@FunctionalInterface
public interface PasswordPrompt {

    /**
     * Shows {@code prompt} and reads one line; the caller zeroes the array after use.
     *
     * @return the characters typed, or null when there is no terminal to ask on
     */
    char[] readPassword(String prompt);
}
