package org.invitemanager.bulk;

import java.util.Objects;
import java.util.Optional;
import org.invitemanager.domain.InviteOptions;

/**
 * What an admin asks for when creating invites for an event: how many, with which options, and the label prefix that
 * numbers them ("Workshop 1" … "Workshop 20").
 *
 * @param options     the options every invite gets
 * @param count       how many invites to create
 * @param labelPrefix the start of every label; blank means "Invite"
 * @param labelAsNote whether each invite's note on the server carries its label, so the server's list matches the
 *                    printed cards; only the companion module stores notes
 */
public record BulkRequest(InviteOptions options, int count, String labelPrefix, boolean labelAsNote) {

    public static final int MAX_COUNT = 500;
    private static final String DEFAULT_PREFIX = "Invite";

    public BulkRequest {
        Objects.requireNonNull(options, "options");
        labelPrefix = labelPrefix == null || labelPrefix.isBlank() ? DEFAULT_PREFIX : labelPrefix.strip();
    }

    /** The label of the invite numbered {@code number}, counting from 1. */
    public String label(int number) {
        return labelPrefix + " " + number;
    }

    /** The options for the invite numbered {@code number}, counting from 1. */
    public InviteOptions optionsFor(int number) {
        if (!labelAsNote) {
            return options;
        }
        String note = options.note() == null ? label(number) : options.note() + " · " + label(number);
        return options.withNote(note);
    }

    /** The first thing wrong with this request, in words for the admin; empty when it is fine. */
    public Optional<String> problem() {
        if (count < 1) {
            return Optional.of("Create at least one invite.");
        }
        if (count > MAX_COUNT) {
            return Optional.of("At most " + MAX_COUNT + " invites can be created at a time.");
        }
        if (options.username() != null && count > 1) {
            return Optional.of("Only one invite can be kept for a given username.");
        }
        if (labelPrefix.length() > 100) {
            return Optional.of("The label can be at most 100 characters long.");
        }
        Optional<String> optionsProblem = options.problem();
        if (optionsProblem.isPresent()) {
            return optionsProblem;
        }
        return optionsFor(count).problem();
    }
}
