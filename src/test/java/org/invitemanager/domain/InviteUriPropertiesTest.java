package org.invitemanager.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.invitemanager.testsupport.OddText;

/**
 * Invite links built from random parts, and random or damaged text, read by {@link InviteUri#parse}.
 *
 * <p>The app never builds invite links (PROTOCOL.md §2.1: servers do, and the app keeps their exact string), so the
 * test builds them as RFC 5122 has servers do, percent-encoding UTF-8. The contract: a built link reads back as its
 * jid, action, token and registration rule; any other text either reads as some URI or is refused with an
 * {@link IllegalArgumentException} carrying one of the parser's readable messages, never another exception.
 */
class InviteUriPropertiesTest {

    private static final List<String> MESSAGES = List.of("An invite link must start with xmpp:",
            "The invite link has no action (such as ?register)", "The invite link has a broken %-escape");

    @Property(tries = 500)
    void aBuiltLinkReadsBackAsItsParts(@ForAll("unicode") String jid, @ForAll("unicode") String token,
                                       @ForAll("actions") String action, @ForAll("ibr") String ibr,
                                       @ForAll boolean tokenLast) {
        String preauth = "preauth=" + encode(token);
        String extra = ibr.isEmpty() ? "name=" + encode("Zoë Ünïcode") : "ibr=" + ibr;
        String text = "xmpp:" + encode(jid) + "?" + action + ";"
                + (tokenLast ? extra + ";" + preauth : preauth + ";" + extra);

        InviteUri uri = InviteUri.parse(text);

        assertEquals(jid, uri.jid());
        assertEquals(action, uri.action());
        assertEquals(Optional.of(token), uri.token());
        boolean ibrSaysNo = List.of("n", "no", "false", "0").contains(ibr.toLowerCase(Locale.ROOT));
        assertEquals(action.equals("register") || !ibr.isEmpty() && !ibrSaysNo, uri.allowsRegistration());
    }

    @Property(tries = 1000)
    void anyTextIsReadOrRefusedWithAReadableMessage(@ForAll("damaged") String text) {
        try {
            InviteUri uri = InviteUri.parse(text);
            assertTrue(text.startsWith("xmpp:") && text.indexOf('?') > "xmpp:".length(), text);
            assertFalse(uri.jid().isEmpty(), "a link names whom it invites to");
        } catch (IllegalArgumentException refused) {
            assertTrue(MESSAGES.contains(refused.getMessage()), refused.getMessage());
        }
    }

    @Property(tries = 200)
    void theDomainIsTheJidWithoutLocalpartAndResource(@ForAll("hosts") String domain,
                                                      @ForAll("unicode") String local, @ForAll boolean withLocal,
                                                      @ForAll boolean withResource) {
        String jid = (withLocal ? local.replace("@", "").replace("/", "") + "@" : "") + domain
                + (withResource ? "/res/" + local : "");

        InviteUri uri = InviteUri.parse("xmpp:" + encode(jid) + "?roster;preauth=T");

        assertEquals(domain, uri.domain());
    }

    /** Percent-encodes all but RFC 3986's unreserved characters, as UTF-8. */
    private static String encode(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            boolean unreserved = c < 0x80 && (Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0);
            out.append(unreserved ? String.valueOf(c) : String.format(Locale.ROOT, "%%%02X", b & 0xFF));
        }
        return out.toString();
    }

    @Provide
    Arbitrary<String> unicode() {
        // Well-formed text only: a half surrogate pair has no UTF-8 form, so no URI can carry it.
        return OddText.mixed().map(text -> text.codePoints()
                        .filter(c -> Character.getType(c) != Character.SURROGATE)
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString())
                .filter(text -> !text.isEmpty());
    }

    @Provide
    Arbitrary<String> actions() {
        return Arbitraries.of("register", "roster");
    }

    @Provide
    Arbitrary<String> ibr() {
        return Arbitraries.of("", "y", "yes", "1", "n", "No", "FALSE", "0", "whatever");
    }

    @Provide
    Arbitrary<String> hosts() {
        return Arbitraries.of("localhost", "example.org", "xn--caf-dma.example", "café.example", "[::1]");
    }

    @Provide
    Arbitrary<String> damaged() {
        Arbitrary<String> valid = Arbitraries.of("xmpp:localhost?register;preauth=Xq3vT9b_Kd2LmN8pRs-4uWy7",
                "xmpp:admin@localhost?roster;preauth=T0k3n;ibr=y", "xmpp:caf%C3%A9@localhost?roster;preauth=a%2Fb");
        return Arbitraries.oneOf(OddText.any(), OddText.any().map(text -> "xmpp:" + text),
                valid.flatMap(OddText::injectedInto), Arbitraries.of("xmpp:", "xmpp:?", "xmpp:a?", "xmpp:%?x",
                        "xmpp:a?b;%", "xmpp:a?b;preauth=%C3", "xmpp:a?b;preauth=%C3%28", "xmpp:a?b;=x;;==;", "xmpp"));
    }
}
