package org.invitemanager.domain;

import java.util.Objects;

/**
 * Where and as whom to log in. The password travels separately so this record can be stored and logged.
 *
 * @param jid  the bare account address, {@code user@domain}
 * @param host a host name or address to connect to instead of the domain's SRV lookup, or null
 * @param port the port to use with {@code host}, or 0 for the default of the TLS mode
 * @param tls  how the connection is encrypted
 */
public record LoginRequest(String jid, String host, int port, TlsMode tls) {

    public LoginRequest {
        Objects.requireNonNull(jid, "jid");
        Objects.requireNonNull(tls, "tls");
        if (host != null && host.isBlank()) {
            host = null;
        }
    }

    public String domain() {
        return jid.substring(jid.indexOf('@') + 1);
    }

    public String localpart() {
        int at = jid.indexOf('@');
        return at > 0 ? jid.substring(0, at) : "";
    }

    public int effectivePort() {
        return port > 0 ? port : tls.defaultPort();
    }
}
