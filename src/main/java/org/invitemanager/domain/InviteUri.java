package org.invitemanager.domain;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An XEP-0147 invite URI such as {@code xmpp:example.org?register;preauth=TOKEN}, split into its parts. Parsing is
 * for reading an invite; the original string stays the one that is shown, copied and encoded.
 *
 * @param jid    the address before the {@code ?}: the domain for account invites, the inviter for contact invites
 * @param action {@code register}, {@code roster} or whatever the server wrote
 * @param params the {@code key=value} pairs after the action, percent-decoded, in order
 */
public record InviteUri(String jid, String action, Map<String, String> params) {

    private static final Set<String> FALSE_WORDS = Set.of("n", "no", "false", "0");

    public InviteUri {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /**
     * Parses an {@code xmpp:} URI.
     *
     * @throws IllegalArgumentException with a readable message when the text is not an invite URI
     */
    public static InviteUri parse(String text) {
        if (text == null || !text.startsWith("xmpp:")) {
            throw new IllegalArgumentException("An invite link must start with xmpp:");
        }
        String rest = text.substring("xmpp:".length());
        int query = rest.indexOf('?');
        if (query <= 0) {
            throw new IllegalArgumentException("The invite link has no action (such as ?register)");
        }
        String jid = decode(rest.substring(0, query));
        String[] parts = rest.substring(query + 1).split(";", -1);
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 1; i < parts.length; i++) {
            int eq = parts[i].indexOf('=');
            if (eq > 0) {
                params.putIfAbsent(decode(parts[i].substring(0, eq)), decode(parts[i].substring(eq + 1)));
            } else if (!parts[i].isEmpty()) {
                params.putIfAbsent(decode(parts[i]), "");
            }
        }
        return new InviteUri(jid, parts[0], params);
    }

    public Optional<String> token() {
        return Optional.ofNullable(params.get("preauth")).filter(t -> !t.isEmpty());
    }

    /** Whether the invite lets its holder create an account: any {@code register} URI, or {@code ibr} not false. */
    public boolean allowsRegistration() {
        if ("register".equals(action)) {
            return true;
        }
        String ibr = params.get("ibr");
        return ibr != null && !FALSE_WORDS.contains(ibr.toLowerCase(Locale.ROOT));
    }

    /** The domain part of {@link #jid()}. */
    public String domain() {
        // RFC 7622: the resource starts at the first '/', and may itself hold an '@'.
        int slash = jid.indexOf('/');
        String bare = slash >= 0 ? jid.substring(0, slash) : jid;
        int at = bare.indexOf('@');
        return at >= 0 ? bare.substring(at + 1) : bare;
    }

    private static String decode(String value) {
        // URLDecoder would turn '+' into a space; in an xmpp: URI a '+' is a literal plus.
        try {
            return URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The invite link has a broken %-escape", e);
        }
    }
}
