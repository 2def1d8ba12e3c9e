package org.invitemanager.ui;

import org.invitemanager.domain.Failure;
import org.invitemanager.domain.ServerText;

/** Turns a failure into the one short sentence the admin sees; details stay in the log. */
public final class FailureMessages {


    private FailureMessages() {
    }

    public static String describe(Failure failure) {
        if (failure instanceof Failure.Timeout) {
            return "The server did not answer in time. Check your connection and try again.";
        } else if (failure instanceof Failure.Unreachable u) {
            return "Cannot reach " + where(u) + ". Check the host, the port and your network.";
        } else if (failure instanceof Failure.ConnectionLost) {
            return "The connection to the server was lost.";
        } else if (failure instanceof Failure.AuthFailed) {
            return "The server did not accept this JID and password.";
        } else if (failure instanceof Failure.UntrustedCertificate u) {
            return "The certificate of " + u.server() + " is not trusted by this computer. Check it before you trust it.";
        } else if (failure instanceof Failure.CertificateChanged c) {
            return "The certificate of " + c.server() + " has changed, so the connection was refused. It may be a "
                    + "planned renewal or someone intercepting the connection. Trusted: " + c.pinnedSha256()
                    + ". Presented now: " + c.presented().sha256() + ".";
        } else if (failure instanceof Failure.TlsFailed t) {
            return "A secure connection could not be made: " + t.detail() + ".";
        } else if (failure instanceof Failure.Forbidden f) {
            return "The server refused: "
                    + ServerText.oneLine(f.text(), "this account is not allowed to do that") + ".";
        } else if (failure instanceof Failure.ServerError e && "system-shutdown".equals(e.condition())) {
            return "The server is shutting down or restarting.";
        } else if (failure instanceof Failure.ServerError e) {
            return "The server reported an error: " + ServerText.oneLine(e.text(), inWords(e.condition())) + ".";
        } else if (failure instanceof Failure.InvalidResponse r) {
            return r.detail();
        } else if (failure instanceof Failure.InvalidInput i) {
            return i.detail();
        } else if (failure instanceof Failure.Cancelled) {
            return "Cancelled.";
        }
        return "Something unexpected went wrong; the details are in the log.";
    }

    /** The conditions admins meet running commands, said plainly, for servers that send no text of their own. */
    private static String inWords(String condition) {
        String words = switch (condition == null ? "" : condition) {
            case "bad-request" -> "it did not accept what was sent";
            case "item-not-found" -> "it does not know that command or item";
            case "feature-not-implemented", "service-unavailable" -> "it does not offer that";
            case "not-acceptable" -> "it did not accept the values";
            case "conflict" -> "that already exists";
            default -> null;
        };
        return words == null ? condition : words + " (" + condition + ")";
    }

    private static String where(Failure.Unreachable u) {
        return u.port() > 0 ? u.host() + ":" + u.port() : u.host();
    }
}
