package org.invitemanager.ui.login;

import java.util.Locale;
import java.util.regex.Pattern;
import org.invitemanager.domain.LoginRequest;
import org.invitemanager.domain.TlsMode;

/** Checks what the admin typed before anything goes on the network. */
final class LoginForm {

    private static final Pattern BARE_JID = Pattern.compile("[^@/\\s\"&'<>:]+@[^@/\\s]+");
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.:\\[\\]-]+");

    private LoginForm() {
    }

    /** The request for valid input. */
    record Result(LoginRequest request, String error) {
        boolean ok() {
            return error == null;
        }
    }

    static Result validate(String jid, String password, String host, String port, TlsMode tls) {
        String cleanJid = jid == null ? "" : jid.strip();
        if (cleanJid.isEmpty()) {
            return error("Enter your JID, such as admin@example.org.");
        }
        if (!BARE_JID.matcher(cleanJid).matches()) {
            return error("\"" + cleanJid + "\" is not a JID. It looks like admin@example.org.");
        }
        if (password == null || password.isEmpty()) {
            return error("Enter the password.");
        }
        String cleanHost = host == null ? "" : host.strip();
        if (!cleanHost.isEmpty() && !HOST.matcher(cleanHost).matches()) {
            return error("\"" + cleanHost + "\" is not a host name or address.");
        }
        int portNumber = 0;
        String cleanPort = port == null ? "" : port.strip();
        if (!cleanPort.isEmpty()) {
            try {
                portNumber = Integer.parseInt(cleanPort);
            } catch (NumberFormatException e) {
                portNumber = -1;
            }
            if (portNumber < 1 || portNumber > 65535) {
                return error("The port must be a number from 1 to 65535.");
            }
        }
        // Domains are case-insensitive; the local part is lowercased by the server's nodeprep anyway.
        String normalised = cleanJid.toLowerCase(Locale.ROOT);
        return new Result(new LoginRequest(normalised, cleanHost, portNumber, tls), null);
    }

    private static Result error(String message) {
        return new Result(null, message);
    }
}
