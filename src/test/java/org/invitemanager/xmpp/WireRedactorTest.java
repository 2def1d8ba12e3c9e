package org.invitemanager.xmpp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The redaction of single wire elements, fed the shapes Prosody, ejabberd and Smack put on the wire. */
class WireRedactorTest {

    private static final String TOKEN = "Xq3vT9b_Kd2LmN8pRs-4uWy7";

    private final WireRedactor redactor = new WireRedactor();

    private static void assertHidden(String secret, String redacted) {
        assertFalse(redacted.contains(secret), redacted);
        assertTrue(redacted.contains(WireRedactor.REDACTED), redacted);
    }

    @Test
    void saslPlainAuthKeepsTheMechanismButNotTheCredentials() {
        String plain = Base64.getEncoder().encodeToString("\0admin\0admin-secret".getBytes(StandardCharsets.UTF_8));

        String redacted = redactor.redact(
                "<auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='PLAIN'>" + plain + "</auth>");

        assertEquals("<auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='PLAIN'>[redacted]</auth>", redacted);
    }

    @Test
    void saslResponsesChallengesAndSuccessAreRedacted() {
        for (String name : new String[] {"response", "challenge", "success"}) {
            String redacted = redactor.redact("<" + name + " xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>\n  "
                    + "Yz1iaXdzLHI9c2VjcmV0\n</" + name + ">");

            assertHidden("Yz1iaXdzLHI9c2VjcmV0", redacted);
        }
    }

    @Test
    void emptySaslElementsStayAsTheyAre() {
        assertEquals("<success xmlns='urn:ietf:params:xml:ns:xmpp-sasl'/>",
                redactor.redact("<success xmlns='urn:ietf:params:xml:ns:xmpp-sasl'/>"));
    }

    @Test
    void registrationPasswordIsRedactedButTheUsernameStays() {
        String redacted = redactor.redact("<iq type='set' id='r1'><query xmlns='jabber:iq:register'>"
                + "<username>bob</username><password>s3cret</password></query></iq>");

        assertHidden("s3cret", redacted);
        assertTrue(redacted.contains("<username>bob</username>"), redacted);
    }

    @Test
    void privateFieldsAndPasswordFieldsAreRedactedOtherFieldsStay() {
        String redacted = redactor.redact("<x xmlns='jabber:x:data' type='submit'>"
                + "<field var='accountjid' type='jid-single'><value>zed@localhost</value></field>"
                + "<field var='password' type='text-private'><value>pw-one</value></field>"
                + "<field var='password-verify'><value>pw-one</value></field>"
                + "<field var='pin' type='text-private'><value>pw-two</value></field></x>");

        assertHidden("pw-one", redacted);
        assertHidden("pw-two", redacted);
        assertTrue(redacted.contains("<value>zed@localhost</value>"), redacted);
    }

    @Test
    void aFieldOnceDeclaredPrivateStaysRedactedWhenSubmittedWithoutItsType() {
        redactor.redact("<iq type='result'><command xmlns='http://jabber.org/protocol/commands'>"
                + "<x xmlns='jabber:x:data' type='form'><field var='secret' type='text-private'/></x></command></iq>");

        String redacted = redactor.redact("<x xmlns='jabber:x:data' type='submit'>"
                + "<field var='secret'><value>typed-by-admin</value></field></x>");

        assertHidden("typed-by-admin", redacted);
    }

    @Test
    void preauthTokenAttributeIsRedacted() {
        String redacted = redactor.redact("<iq type='set' to='localhost' id='p1'>"
                + "<preauth xmlns='urn:xmpp:pars:0' token='" + TOKEN + "'/></iq>");

        assertEquals("<iq type='set' to='localhost' id='p1'><preauth xmlns='urn:xmpp:pars:0' token='[redacted]'/></iq>",
                redacted);
    }

    @Test
    void inviteUriKeepsItsJidAndActionButNotItsToken() {
        String redacted = redactor.redact("<field var='uri' type='text-single'><value>"
                + "xmpp:admin@localhost?roster;preauth=" + TOKEN + ";ibr=y</value></field>");

        assertHidden(TOKEN, redacted);
        assertTrue(redacted.contains("xmpp:admin@localhost?roster;preauth=[redacted];ibr=y"), redacted);
    }

    @Test
    void ibrValueThatIsNotAFlagIsRedacted() {
        assertHidden("TokenInIbr1234", redactor.redact("<value>xmpp:localhost?register;ibr=TokenInIbr1234</value>"));
    }

    @Test
    void landingPagesInEveryKnownFormAreRedacted() {
        assertHidden(TOKEN, redactor.redact("<value>https://chat.example/invite/" + TOKEN + "/</value>"));
        assertHidden(TOKEN, redactor.redact("<value>https://chat.example:5281/invites_page?" + TOKEN + "</value>"));
        assertHidden(TOKEN, redactor.redact("<value>https://chat.example/invites/" + TOKEN + "</value>"));
    }

    @Test
    void landingPageFromAnyTemplateIsRedactedInItsField() {
        String redacted = redactor.redact("<field var='landing-url'><value>https://join.example.test/t-" + TOKEN
                + "</value></field>");

        assertHidden(TOKEN, redacted);
        assertTrue(redacted.contains("https://join.example.test/[redacted]"), redacted);
    }

    @Test
    void aTokenSeenOnceIsRedactedWhereverItShowsLater() {
        redactor.redact("<iq><preauth xmlns='urn:xmpp:pars:0' token='" + TOKEN + "'/></iq>");

        String redacted = redactor.redact("<message><body>Your code is " + TOKEN + ".</body></message>");

        assertHidden(TOKEN, redacted);
    }

    @Test
    void landingPageBeforeTheUriInTheSameFormIsRedactedToo() {
        String redacted = redactor.redact("<x xmlns='jabber:x:data' type='result'><item>"
                + "<field var='page'><value>https://join.example.test/#" + TOKEN + "</value></field>"
                + "<field var='uri'><value>xmpp:localhost?register;preauth=" + TOKEN + "</value></field>"
                + "</item></x>");

        assertHidden(TOKEN, redacted);
    }

    @Test
    void ordinaryStanzasAreLeftAlone() {
        String stanza = "<iq type='get' id='d1' to='localhost'><query xmlns='http://jabber.org/protocol/disco#items'"
                + " node='http://jabber.org/protocol/commands'/></iq>";

        assertEquals(stanza, redactor.redact(stanza));
    }
}
