package org.invitemanager.xmpp;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.invitemanager.domain.Failure;
import org.invitemanager.domain.FailureException;
import org.invitemanager.domain.Invite;
import org.invitemanager.domain.InviteKind;
import org.invitemanager.domain.InviteUri;

/**
 * Reads an invite out of a completed command's result, accepting every shape servers are known to send: Prosody's
 * {@code type='form'} results, a missing FORM_TYPE, empty {@code landing-url} fields, and the XEP-0401 0.6 / ejabberd
 * spellings {@code expiry} and {@code landing-page}.
 */
public final class InviteResultParser {

    private InviteResultParser() {
    }

    /**
     * Parses a command's answer into an invite.
     *
     * @throws FailureException with {@link Failure.InvalidResponse} or {@link Failure.ServerError} when the answer
     *                          holds no usable invite
     */
    public static Invite parse(InviteKind kind, CommandResult result) {
        for (CommandResult.Note note : result.notes()) {
            if (note.isError()) {
                throw new FailureException(new Failure.ServerError("command-error", note.text()));
            }
        }
        if (!result.hasForm()) {
            throw invalid("The server's answer holds no invite.");
        }
        String uri = result.firstValue("uri");
        if (uri == null) {
            throw invalid("The server's answer has no invite link.");
        }
        if (!uri.startsWith("xmpp:")) {
            throw invalid("The server's invite link does not start with xmpp:.");
        }
        try {
            if (InviteUri.parse(uri).token().isEmpty()) {
                throw invalid("The server's invite link holds no invite token.");
            }
        } catch (IllegalArgumentException unreadable) {
            throw invalid("The server's invite link cannot be read: " + unreadable.getMessage() + ".");
        }
        return new Invite(kind, uri, landingUrl(result), expiry(result), result.firstValue("id"));
    }

    private static String landingUrl(CommandResult result) {
        String url = result.firstValue("landing-url");
        if (url == null) {
            url = result.firstValue("landing-page");
        }
        // A page over plain HTTP would hand the token to anyone on the path, so it is not offered to phones.
        return url != null && url.regionMatches(true, 0, "https://", 0, 8) ? url : null;
    }

    private static Instant expiry(CommandResult result) {
        String text = result.firstValue("expire");
        if (text == null) {
            text = result.firstValue("expiry");
        }
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw invalid("The server's expiry date \"" + abbreviate(text) + "\" is not a valid timestamp.");
        }
    }

    private static String abbreviate(String text) {
        String printable = text.replaceAll("[\\p{Cc}\\p{Zl}\\p{Zp}]", "?");
        if (printable.codePointCount(0, printable.length()) <= 40) {
            return printable;
        }
        return printable.substring(0, printable.offsetByCodePoints(0, 40)) + "…";
    }

    private static FailureException invalid(String detail) {
        return new FailureException(new Failure.InvalidResponse(detail));
    }
}
