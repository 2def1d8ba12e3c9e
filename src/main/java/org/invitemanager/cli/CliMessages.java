package org.invitemanager.cli;

import org.invitemanager.domain.Failure;
import org.invitemanager.domain.ServerText;

/**
 * One sentence per failure, for a terminal: like the app's messages, but naming the options that fix it, since a
 * command line cannot show a certificate and ask.
 */
final class CliMessages {

    static final String COMPANION_ADDS = "That module adds expiry, reuse, usernames, roles and notes to new invites, "
            + "lists and revokes invites, and sets the registration policy; see the README section \"Companion "
            + "Prosody module\".";

    private CliMessages() {
    }

    static String describe(Failure failure) {
        if (failure instanceof Failure.Timeout) {
            return "The server did not answer in time.";
        } else if (failure instanceof Failure.Unreachable u) {
            return "Cannot reach " + where(u) + ". Check the JID's domain, --host, --port and the network.";
        } else if (failure instanceof Failure.ConnectionLost) {
            return "The connection to the server was lost.";
        } else if (failure instanceof Failure.AuthFailed) {
            return "Login refused: the server did not accept this JID and password.";
        } else if (failure instanceof Failure.UntrustedCertificate u) {
            return "The certificate of " + u.server() + " is not trusted by this computer. Its SHA-256 fingerprint is "
                    + u.certificate().sha256() + ". Compare it with the one on the server (for example with "
                    + "'openssl x509 -noout -fingerprint -sha256 -in CERT'); if they match, run again with "
                    + "--trust-sha256 " + u.certificate().sha256() + " or trust it once in the app.";
        } else if (failure instanceof Failure.CertificateChanged c) {
            return "The certificate of " + c.server() + " is not the one trusted for it, so the connection was "
                    + "refused. It may be a planned renewal or someone intercepting the connection. Trusted: "
                    + c.pinnedSha256() + ". Presented now: " + c.presented().sha256() + ". Once you have checked "
                    + "the new one, pass it with --trust-sha256 or trust it in the app.";
        } else if (failure instanceof Failure.CertificateExpired e) {
            return "The certificate of " + e.server() + " expired on " + e.certificate().notAfter()
                    + ", so the connection was refused; --trust-sha256 does not change that. The server's "
                    + "certificate must be renewed.";
        } else if (failure instanceof Failure.CertificateNameMismatch n) {
            return "The certificate presented for " + n.server() + " is for "
                    + (n.names().isEmpty() ? n.certificate().subject() : String.join(", ", n.names())) + ", not for "
                    + n.server() + ". If you expected that, compare its SHA-256 fingerprint "
                    + n.certificate().sha256() + " with the one on the server and run again with --trust-sha256 "
                    + n.certificate().sha256() + ".";
        } else if (failure instanceof Failure.TlsFailed t) {
            return "A secure connection could not be made: " + ServerText.oneLine(t.detail(), "TLS failed") + ".";
        } else if (failure instanceof Failure.Forbidden f) {
            return "The server refused: "
                    + ServerText.oneLine(f.text(), "this account is not allowed to do that") + ".";
        } else if (failure instanceof Failure.ServerError e && "system-shutdown".equals(e.condition())) {
            return "The server is shutting down or restarting.";
        } else if (failure instanceof Failure.ServerError e) {
            return "The server reported an error: " + ServerText.oneLine(e.text(), e.condition()) + ".";
        } else if (failure instanceof Failure.InvalidResponse r) {
            return ServerText.oneLine(r.detail(), "The server's answer could not be read") + ".";
        } else if (failure instanceof Failure.InvalidInput i) {
            return ServerText.oneLine(i.detail(), "The request was not valid") + ".";
        } else if (failure instanceof Failure.Cancelled) {
            return "Cancelled.";
        }
        return "Something unexpected went wrong; run with -Dinvitemanager.debug=true for details.";
    }

    private static String where(Failure.Unreachable u) {
        if (u.host() == null || u.host().isEmpty()) {
            return "the server";
        }
        return u.port() > 0 ? u.host() + ":" + u.port() : u.host();
    }
}
