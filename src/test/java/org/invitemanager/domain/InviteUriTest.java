package org.invitemanager.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InviteUriTest {

    @Test
    void accountUriNamesTheDomainAndRegisters() {
        InviteUri uri = InviteUri.parse("xmpp:localhost?register;preauth=Xq3vT9b_Kd2LmN8pRs-4uWy7");

        assertEquals("localhost", uri.jid());
        assertEquals("register", uri.action());
        assertEquals(Optional.of("Xq3vT9b_Kd2LmN8pRs-4uWy7"), uri.token());
        assertEquals("localhost", uri.domain());
        assertTrue(uri.allowsRegistration());
    }

    @Test
    void namedAccountUriKeepsTheUserInTheJid() {
        InviteUri uri = InviteUri.parse("xmpp:zed@localhost?register;preauth=T0k3n");

        assertEquals("zed@localhost", uri.jid());
        assertEquals("localhost", uri.domain());
        assertEquals(Optional.of("T0k3n"), uri.token());
        assertTrue(uri.allowsRegistration());
    }

    @Test
    void contactUriWithIbrYesAlsoRegisters() {
        InviteUri uri = InviteUri.parse("xmpp:admin@localhost?roster;preauth=h7Yc-2PqLw0ZtR5nVb8_KmDs;ibr=y");

        assertEquals("admin@localhost", uri.jid());
        assertEquals("roster", uri.action());
        assertEquals(Optional.of("h7Yc-2PqLw0ZtR5nVb8_KmDs"), uri.token());
        assertEquals(Map.of("preauth", "h7Yc-2PqLw0ZtR5nVb8_KmDs", "ibr", "y"), uri.params());
        assertTrue(uri.allowsRegistration());
    }

    @Test
    void contactOnlyUriDoesNotRegister() {
        InviteUri uri = InviteUri.parse("xmpp:alice@localhost?roster;preauth=T");

        assertEquals("roster", uri.action());
        assertEquals(Optional.of("T"), uri.token());
        assertFalse(uri.allowsRegistration());
    }

    @Test
    void percentEncodedValuesAreDecoded() {
        InviteUri uri = InviteUri.parse("xmpp:caf%C3%A9@localhost?roster;preauth=a%2Fb%3Dc;name=J%C3%BCrgen%20M");

        assertEquals("café@localhost", uri.jid());
        assertEquals(Optional.of("a/b=c"), uri.token());
        assertEquals("Jürgen M", uri.params().get("name"));
    }

    @Test
    void plusSignStaysALiteralPlus() {
        InviteUri uri = InviteUri.parse("xmpp:localhost?register;preauth=ab+cd+%2B");

        assertEquals(Optional.of("ab+cd++"), uri.token());
    }

    @Test
    void unknownKeysDoNotChangeTokenOrRegistration() {
        InviteUri withExtras = InviteUri.parse("xmpp:alice@localhost?roster;name=Alice;preauth=T;x-future=1;flag");
        InviteUri plain = InviteUri.parse("xmpp:alice@localhost?roster;preauth=T");

        assertEquals(Optional.of("T"), withExtras.token());
        assertEquals("roster", withExtras.action());
        assertEquals(plain.allowsRegistration(), withExtras.allowsRegistration());
        assertFalse(withExtras.allowsRegistration());
    }

    @ParameterizedTest
    @ValueSource(strings = {"n", "no", "false", "0", "N", "No", "FALSE"})
    void ibrFalseWordsMeanNoRegistration(String value) {
        InviteUri uri = InviteUri.parse("xmpp:admin@localhost?roster;preauth=T;ibr=" + value);

        assertFalse(uri.allowsRegistration(), "ibr=" + value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"y", "yes", "true", "1", "Y", "on", "whatever"})
    void anyOtherIbrValueMeansRegistration(String value) {
        InviteUri uri = InviteUri.parse("xmpp:admin@localhost?roster;preauth=T;ibr=" + value);

        assertTrue(uri.allowsRegistration(), "ibr=" + value);
    }

    @Test
    void missingOrEmptyTokenIsAbsent() {
        assertEquals(Optional.empty(), InviteUri.parse("xmpp:localhost?register").token());
        assertEquals(Optional.empty(), InviteUri.parse("xmpp:localhost?register;preauth=").token());
        assertEquals(Optional.empty(), InviteUri.parse("xmpp:localhost?register;name=bob").token());
    }

    @Test
    void textThatIsNotAnXmppUriIsRejectedWithAReadableMessage() {
        IllegalArgumentException https = assertThrows(IllegalArgumentException.class,
                () -> InviteUri.parse("https://invite.example.org/Xq3vT9b_Kd2LmN8pRs-4uWy7"));
        assertEquals("An invite link must start with xmpp:", https.getMessage());

        IllegalArgumentException none = assertThrows(IllegalArgumentException.class, () -> InviteUri.parse(null));
        assertEquals("An invite link must start with xmpp:", none.getMessage());
    }

    @Test
    void xmppUriWithoutActionIsRejectedWithAReadableMessage() {
        IllegalArgumentException noQuery = assertThrows(IllegalArgumentException.class,
                () -> InviteUri.parse("xmpp:localhost"));
        assertTrue(noQuery.getMessage().contains("no action"), noQuery.getMessage());

        IllegalArgumentException noJid = assertThrows(IllegalArgumentException.class,
                () -> InviteUri.parse("xmpp:?register;preauth=T"));
        assertTrue(noJid.getMessage().contains("no action"), noJid.getMessage());
    }

    @Test
    void malformedPercentEncodingIsRejectedWithAReadableMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> InviteUri.parse("xmpp:localhost?register;preauth=%zz"));

        // The documented contract: a readable message, not the JDK decoder's internals.
        assertFalse(e.getMessage().contains("URLDecoder"), e.getMessage());
    }

    @Test
    void domainDropsLocalpartAndResource() {
        InviteUri uri = new InviteUri("admin@localhost/res", "roster", Map.of());

        assertEquals("localhost", uri.domain());
        assertEquals("localhost", InviteUri.parse("xmpp:admin@localhost/res?roster;preauth=T").domain());
        assertEquals("example.org", new InviteUri("example.org/res", "register", Map.of()).domain());
    }

    @Test
    void paramsCannotBeChangedAfterParsing() {
        InviteUri uri = InviteUri.parse("xmpp:localhost?register;preauth=T");

        assertThrows(UnsupportedOperationException.class, () -> uri.params().put("preauth", "other"));
    }
}
