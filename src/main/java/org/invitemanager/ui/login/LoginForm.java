package org.invitemanager.ui.login;

import java.util.Locale;
import java.util.regex.Pattern;
import org.invitemanager.domain.LoginRequest;
import org.invitemanager.domain.TlsMode;
import org.invitemanager.ui.Texts;

/** Checks what the admin typed before anything goes on the network: one check per field, and all of them at once. */
final class LoginForm {

    private static final Pattern BARE_JID = Pattern.compile("[^@/\\s\"&'<>:]+@[^@/\\s]+");
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.:\\[\\]-]+");

    private LoginForm() {
    }

    /** The request for valid input, else the first problem in the order of the form. */
    record Result(LoginRequest request, String error) {
        boolean ok() {
            return error == null;
        }
    }

    static Result validate(String jid, String password, String host, String port, TlsMode tls) {
        for (String problem : new String[] {
            jidProblem(jid), passwordProblem(password), hostProblem(host), portProblem(port)}) {
            if (problem != null) {
                return new Result(null, problem);
            }
        }
        // Domains are case-insensitive; the local part is lowercased by the server's nodeprep anyway.
        String normalised = clean(jid).toLowerCase(Locale.ROOT);
        return new Result(new LoginRequest(normalised, clean(host), port(clean(port)), tls), null);
    }

    /** What is wrong with the JID, or null when it is a bare JID. */
    static String jidProblem(String jid) {
        String cleanJid = clean(jid);
        if (cleanJid.isEmpty()) {
            return Texts.get("login.jid.missing");
        }
        return BARE_JID.matcher(cleanJid).matches() ? null : Texts.format("login.jid.invalid", cleanJid);
    }

    static String passwordProblem(String password) {
        return password == null || password.isEmpty() ? Texts.get("login.password.missing") : null;
    }

    /** An empty host is fine: the JID's domain is looked up instead. */
    static String hostProblem(String host) {
        String cleanHost = clean(host);
        return cleanHost.isEmpty() || HOST.matcher(cleanHost).matches() ? null
                : Texts.format("login.host.invalid", cleanHost);
    }

    /** An empty port is fine: the TLS mode's usual port is used. */
    static String portProblem(String port) {
        String cleanPort = clean(port);
        return cleanPort.isEmpty() || port(cleanPort) > 0 ? null : Texts.get("login.port.invalid");
    }

    /** The domain part of whatever was typed, for hints; empty while there is none. */
    static String domainOf(String jid) {
        String cleanJid = clean(jid);
        int at = cleanJid.lastIndexOf('@');
        return at >= 0 ? cleanJid.substring(at + 1).toLowerCase(Locale.ROOT) : "";
    }

    private static int port(String cleanPort) {
        if (cleanPort.isEmpty()) {
            return 0;
        }
        try {
            int number = Integer.parseInt(cleanPort);
            return number >= 1 && number <= 65535 ? number : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String clean(String text) {
        return text == null ? "" : text.strip();
    }
}
