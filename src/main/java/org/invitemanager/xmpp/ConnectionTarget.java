package org.invitemanager.xmpp;

import org.invitemanager.domain.LoginRequest;
import org.invitemanager.domain.TlsMode;

/**
 * Where a connection goes and which certificate it accepts besides the system's.
 *
 * @param domain       the XMPP domain the certificate must name
 * @param host         host or address to connect to, or null for the domain's DNS records
 * @param port         port for {@code host}, or 0 for the TLS mode's default
 * @param tls          STARTTLS or direct TLS
 * @param pinnedSha256 fingerprint of a certificate the admin trusted for this server, or null
 */
public record ConnectionTarget(String domain, String host, int port, TlsMode tls, String pinnedSha256) {

    public static ConnectionTarget of(LoginRequest request, String pinnedSha256) {
        return new ConnectionTarget(request.domain(), request.host(), request.port(), request.tls(), pinnedSha256);
    }

    public int effectivePort() {
        return port > 0 ? port : tls.defaultPort();
    }
}
