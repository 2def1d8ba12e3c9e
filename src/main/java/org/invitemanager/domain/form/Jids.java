package org.invitemanager.domain.form;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * A plain check of XMPP addresses (RFC 7622, simplified: no PRECIS profiles or IDNA), so a form can say what is wrong
 * with an address before the server does. Layout: {@code [localpart@]domainpart[/resourcepart]}; the resourcepart
 * starts at the first {@code /}, and the localpart ends at the first {@code @} before it.
 */
public final class Jids {

    /** RFC 7622 §3: each part is at most 1023 octets of UTF-8. */
    private static final int MAX_PART_BYTES = 1023;

    private static final String NOT_IN_LOCALPART = "\"&'/:<>@";
    // A port (example.org:5222) or a URI (xmpp:…) is the usual reason for one of these in a domain.
    private static final String NOT_IN_DOMAINPART = "\"&'<>:\\[]";

    private Jids() {
    }

    /** Whether {@code jid} is a well-formed address. */
    public static boolean isValid(String jid) {
        return problem(jid).isEmpty();
    }

    /**
     * What is wrong with {@code jid}, as the end of a sentence about it ("has a space", "has two @"…); empty when it is
     * a well-formed address.
     */
    public static Optional<String> problem(String jid) {
        if (jid == null || jid.isEmpty()) {
            return Optional.of("is empty");
        }
        if (jid.codePoints().anyMatch(Character::isISOControl)) {
            return Optional.of("has a control character");
        }
        if (jid.codePoints().anyMatch(c -> Character.getType(c) == Character.SURROGATE)) {
            return Optional.of("has a broken character (half of an emoji or other symbol)");
        }
        int slash = jid.indexOf('/');
        String bare = slash < 0 ? jid : jid.substring(0, slash);
        String resource = slash < 0 ? null : jid.substring(slash + 1);
        if (bare.codePoints().anyMatch(Jids::isSpace)) {
            boolean atEdge = isSpace(bare.codePointAt(0)) || isSpace(bare.codePointBefore(bare.length()));
            return Optional.of(atEdge ? "starts or ends with a space" : "has a space");
        }
        int at = bare.indexOf('@');
        if (at >= 0 && bare.indexOf('@', at + 1) >= 0) {
            return Optional.of("has two @");
        }
        Optional<String> found = at < 0 ? Optional.empty() : localpartProblem(bare.substring(0, at));
        if (found.isEmpty()) {
            found = domainpartProblem(bare.substring(at + 1));
        }
        if (found.isEmpty() && resource != null) {
            found = resourcepartProblem(resource);
        }
        return found;
    }

    /**
     * The address with its localpart and domainpart in lower case, so two spellings of one account compare equal;
     * RFC 7622 folds case there but not in the resourcepart.
     */
    static String comparisonKey(String jid) {
        int slash = jid.indexOf('/');
        String bare = slash < 0 ? jid : jid.substring(0, slash);
        return bare.toLowerCase(Locale.ROOT) + (slash < 0 ? "" : jid.substring(slash));
    }

    private static Optional<String> localpartProblem(String localpart) {
        if (localpart.isEmpty()) {
            return Optional.of("has nothing before the @");
        }
        if (utf8Length(localpart) > MAX_PART_BYTES) {
            return Optional.of("has a name before the @ that is too long");
        }
        for (int i = 0; i < localpart.length(); i++) {
            char c = localpart.charAt(i);
            if (NOT_IN_LOCALPART.indexOf(c) >= 0) {
                return Optional.of("has “" + c + "” before the @, which addresses do not allow");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> domainpartProblem(String domain) {
        if (domain.isEmpty()) {
            return Optional.of("has no domain");
        }
        if (utf8Length(domain) > MAX_PART_BYTES) {
            return Optional.of("has a domain that is too long");
        }
        if (domain.startsWith("[")) {
            return isBracketedIpv6(domain) ? Optional.empty()
                    : Optional.of("has a domain in [brackets] that is not an IPv6 address");
        }
        if (domain.startsWith(".") || domain.endsWith(".")) {
            return Optional.of("has a domain that starts or ends with a dot");
        }
        if (domain.contains("..")) {
            return Optional.of("has two dots in a row in the domain");
        }
        for (int i = 0; i < domain.length(); i++) {
            char c = domain.charAt(i);
            if (NOT_IN_DOMAINPART.indexOf(c) >= 0) {
                return Optional.of("has “" + c + "” in the domain, which addresses do not allow");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> resourcepartProblem(String resource) {
        if (resource.isEmpty()) {
            return Optional.of("has nothing after the /");
        }
        if (utf8Length(resource) > MAX_PART_BYTES) {
            return Optional.of("has a resource (after the /) that is too long");
        }
        return Optional.empty();
    }

    // Loose on purpose: enough to catch a typo, without claiming to be a full RFC 4291 parser.
    private static boolean isBracketedIpv6(String domain) {
        if (domain.length() < 4 || !domain.endsWith("]")) {
            return false;
        }
        String address = domain.substring(1, domain.length() - 1);
        return address.indexOf(':') >= 0 && address.chars().allMatch(c -> c == ':' || c == '.'
                || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'));
    }

    private static boolean isSpace(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
    }

    private static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
