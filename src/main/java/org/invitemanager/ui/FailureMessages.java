package org.invitemanager.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.invitemanager.domain.Failure;
import org.invitemanager.domain.ServerText;

/** Turns a failure into the one short sentence the admin sees; details stay in the log. */
public final class FailureMessages {

    private static final DateTimeFormatter DATES = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());

    private FailureMessages() {
    }

    public static String describe(Failure failure) {
        if (failure instanceof Failure.Timeout) {
            return Texts.get("failure.timeout");
        } else if (failure instanceof Failure.Unreachable u) {
            return Texts.format("failure.unreachable", where(u));
        } else if (failure instanceof Failure.ConnectionLost) {
            return Texts.get("failure.connectionLost");
        } else if (failure instanceof Failure.AuthFailed) {
            return Texts.get("failure.authFailed");
        } else if (failure instanceof Failure.UntrustedCertificate u) {
            return Texts.format("failure.untrustedCertificate", u.server());
        } else if (failure instanceof Failure.CertificateChanged c) {
            return Texts.format("failure.certificateChanged", c.server(), c.pinnedSha256(), c.presented().sha256());
        } else if (failure instanceof Failure.CertificateExpired e) {
            return Texts.format("failure.certificateExpired", e.server(), DATES.format(e.certificate().notAfter()));
        } else if (failure instanceof Failure.CertificateNameMismatch n) {
            return Texts.format("failure.certificateNameMismatch", n.server(),
                    n.names().isEmpty() ? n.certificate().subject() : String.join(", ", n.names()));
        } else if (failure instanceof Failure.TlsFailed t) {
            return Texts.format("failure.tlsFailed", t.detail());
        } else if (failure instanceof Failure.Forbidden f) {
            String text = ServerText.oneLine(f.text(), "");
            return text.isEmpty() ? Texts.get("failure.forbidden.noText") : Texts.format("failure.forbidden", text);
        } else if (failure instanceof Failure.ServerError e && "system-shutdown".equals(e.condition())) {
            return Texts.get("failure.shutdown");
        } else if (failure instanceof Failure.ServerError e) {
            String text = ServerText.oneLine(e.text(), "");
            return text.isEmpty() ? inWords(e.condition()) : Texts.format("failure.serverError", text);
        } else if (failure instanceof Failure.InvalidResponse r) {
            return r.detail();
        } else if (failure instanceof Failure.InvalidInput i) {
            return i.detail();
        } else if (failure instanceof Failure.Cancelled) {
            return Texts.get("failure.cancelled");
        }
        return Texts.get("failure.unexpected");
    }

    /** The conditions admins meet running commands, said plainly, for servers that send no text of their own. */
    private static String inWords(String condition) {
        return switch (condition == null ? "" : condition) {
            case "bad-request" -> Texts.format("failure.serverError.badRequest", condition);
            case "item-not-found" -> Texts.format("failure.serverError.itemNotFound", condition);
            case "feature-not-implemented", "service-unavailable" ->
                    Texts.format("failure.serverError.notOffered", condition);
            case "not-acceptable" -> Texts.format("failure.serverError.notAcceptable", condition);
            case "conflict" -> Texts.format("failure.serverError.conflict", condition);
            default -> Texts.format("failure.serverError", condition);
        };
    }

    private static String where(Failure.Unreachable u) {
        return u.port() > 0 ? u.host() + ":" + u.port() : u.host();
    }
}
