package org.invitemanager.domain;

/** How the connection to the server is encrypted. */
public enum TlsMode {
    /** Plain TCP upgraded with STARTTLS, which must succeed (XMPP's usual port 5222). */
    STARTTLS,
    /** TLS from the first byte (XEP-0368, usually port 5223). */
    DIRECT_TLS;

    /** The usual client port for this mode. */
    public int defaultPort() {
        return this == DIRECT_TLS ? 5223 : 5222;
    }
}
