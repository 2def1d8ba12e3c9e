package org.invitemanager.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An invite as the server created it. The URI and landing URL are kept exactly as the server sent them: tokens are
 * case-sensitive, so nothing here rebuilds or normalises them.
 *
 * @param kind       what the invite does
 * @param uri        the {@code xmpp:} URI, never null
 * @param landingUrl the HTTPS landing page, or null when the server has none
 * @param expires    when the invite stops working, or null when it never expires
 * @param id         the companion module's id for it, or null when the server gives none
 */
public record Invite(InviteKind kind, String uri, String landingUrl, Instant expires, String id) {

    public Invite {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(uri, "uri");
    }

    public Invite(InviteKind kind, String uri, String landingUrl, Instant expires) {
        this(kind, uri, landingUrl, expires, null);
    }

    /** The landing page when there is one, since phone cameras open it; else the raw URI. */
    public String qrPayload() {
        return landingUrl != null ? landingUrl : uri;
    }

    /** True when the QR holds the raw {@code xmpp:} URI, which only an XMPP app can open. */
    public boolean needsXmppApp() {
        return landingUrl == null;
    }

    public Optional<Instant> expiry() {
        return Optional.ofNullable(expires);
    }

    public InviteUri parsedUri() {
        return InviteUri.parse(uri);
    }
}
