package org.invitemanager.export;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How printed invites word their expiry and show their link, the same on sheets and single pages. */
public final class InviteWording {

    // Paper travels between time zones, so printed times say UTC rather than assume the reader's zone.
    private static final DateTimeFormatter EXPIRY =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private InviteWording() {
    }

    /** "Expires 2026-12-01 18:00 UTC", or "No expiry" when {@code expires} is null. */
    public static String expiry(Instant expires) {
        return expires == null ? "No expiry" : "Expires " + EXPIRY.format(expires);
    }

    /**
     * The link as a reader would type it: without {@code https://} or {@code http://}. An {@code xmpp:} link keeps
     * its scheme, since without it the text would look like a web address.
     */
    public static String forReading(String link) {
        for (String scheme : new String[] {"https://", "http://"}) {
            if (link.regionMatches(true, 0, scheme, 0, scheme.length()) && link.length() > scheme.length()) {
                return link.substring(scheme.length());
            }
        }
        return link;
    }
}
