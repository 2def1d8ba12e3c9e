package org.invitemanager.xmpp;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.invitemanager.domain.Failure;
import org.invitemanager.domain.FailureException;
import org.invitemanager.domain.Invite;
import org.invitemanager.domain.InviteKind;
import org.invitemanager.domain.InviteUri;
import org.invitemanager.domain.ServerCapabilities;
import org.invitemanager.domain.command.CommandStep;

/**
 * Reads an invite out of a completed command's result, accepting every shape servers are known to send: Prosody's
 * {@code type='form'} results, a missing FORM_TYPE, empty {@code landing-url} fields, and the XEP-0401 0.6 / ejabberd
 * spellings {@code expiry} and {@code landing-page}.
 */
public final class InviteResultParser {

    // RFC 5122 has servers percent-encode these; raw, they break the line a link is shown on and the shell it is
    // pasted into, and the QR code would carry them to the phone.
    private static final Pattern UNPRINTABLE = Pattern.compile("[\\p{Cc}\\p{Zl}\\p{Zp}]");

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
        if (hasUnprintable(uri)) {
            throw invalid("The server's invite link contains a control character or line break.");
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

    /**
     * The invite a command's answer carries, if any: a completed answer whose form has an {@code xmpp:} link in a
     * {@code uri} field, with or without FORM_TYPE {@code urn:xmpp:invite#invitation}. Lets the command runner show
     * a QR for invites made by commands the app does not know.
     */
    public static Optional<Invite> find(CommandStep step) {
        if (step.isExecuting() || step.form() == null) {
            return Optional.empty();
        }
        CommandResult result = CommandResult.of(step);
        String uri = result.firstValue("uri");
        if (uri == null || !uri.startsWith("xmpp:")) {
            return Optional.empty();
        }
        try {
            return Optional.of(parse(kindOf(step.node(), result, uri), result));
        } catch (FailureException notAnInvite) {
            return Optional.empty();
        }
    }

    private static InviteKind kindOf(String node, CommandResult result, String uri) {
        for (InviteKind kind : InviteKind.values()) {
            if (ServerCapabilities.nodeFor(kind).equals(node)) {
                return kind;
            }
        }
        Optional<InviteKind> named = CompanionWireNames.kind(result.firstValue("kind"));
        if (named.isPresent()) {
            return named.get();
        }
        try {
            return "roster".equals(InviteUri.parse(uri).action()) ? InviteKind.CONTACT : InviteKind.ACCOUNT;
        } catch (IllegalArgumentException unreadable) {
            return InviteKind.ACCOUNT;
        }
    }

    private static String landingUrl(CommandResult result) {
        String url = result.firstValue("landing-url");
        if (url == null) {
            url = result.firstValue("landing-page");
        }
        // A page over plain HTTP would hand the token to anyone on the path, so it is not offered to phones.
        return url != null && url.regionMatches(true, 0, "https://", 0, 8) && !hasUnprintable(url) ? url : null;
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

    /** Whether the text holds a control character or a line break, which no link or date may hold. */
    static boolean hasUnprintable(String text) {
        return UNPRINTABLE.matcher(text).find();
    }

    private static String abbreviate(String text) {
        String printable = UNPRINTABLE.matcher(text).replaceAll("?");
        if (printable.codePointCount(0, printable.length()) <= 40) {
            return printable;
        }
        return printable.substring(0, printable.offsetByCodePoints(0, 40)) + "…";
    }

    private static FailureException invalid(String detail) {
        return new FailureException(new Failure.InvalidResponse(detail));
    }
}
