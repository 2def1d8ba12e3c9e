package org.invitemanager.xmpp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.invitemanager.domain.Failure;
import org.invitemanager.domain.FailureException;
import org.invitemanager.domain.Invite;
import org.invitemanager.domain.InviteKind;
import org.jivesoftware.smack.SmackConfiguration;
import org.jivesoftware.smack.packet.Stanza;
import org.jivesoftware.smack.util.PacketParserUtils;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Hand-written stanzas, parsed by Smack into its real result types, then read by the app's invite parser. */
class InviteResultParserTest {

    private static final String URI = "xmpp:localhost?register;preauth=Xq3vT9b_Kd2LmN8pRs-4uWy7";

    /** PROTOCOL.md §1.1: Prosody 0.12.3, completed yet type='form', an empty landing-url, no FORM_TYPE. */
    private static final String PROSODY_0_12_3 = """
            <iq type='result' from='localhost' id='c1'>
              <command xmlns='http://jabber.org/protocol/commands' node='urn:xmpp:invite#create-account'
                       sessionid='6b1f0c2e' status='completed'>
                <x xmlns='jabber:x:data' type='form'>
                  <title>Your invite has been created</title>
                  <field var='landing-url' type='text-single'/>
                  <field var='uri' type='text-single'>
                    <value>xmpp:localhost?register;preauth=Xq3vT9b_Kd2LmN8pRs-4uWy7</value></field>
                  <field var='expire' type='text-single'><value>2026-12-08T10:00:00Z</value></field>
                </x>
              </command>
            </iq>
            """;

    @BeforeAll
    static void loadSmackProviders() {
        // Initialises Smack, then puts the app's command reader in place of Smack's, as every session does.
        SmackConfiguration.getVersion();
        CommandIqProvider.install();
    }

    @Test
    void prosody0123FormTypedResultWithEmptyLandingUrlGivesUriAndExpiry() throws Exception {
        Invite invite = parse(InviteKind.ACCOUNT, PROSODY_0_12_3);

        assertEquals(InviteKind.ACCOUNT, invite.kind());
        assertEquals(URI, invite.uri());
        assertNull(invite.landingUrl());
        assertEquals(Instant.parse("2026-12-08T10:00:00Z"), invite.expires());
        assertEquals(URI, invite.qrPayload());
    }

    @Test
    void prosodyCommandResultCopiesFormTypeAndEmptyField() throws Exception {
        CommandResult result = commandResult(PROSODY_0_12_3);

        assertEquals("completed", result.status());
        assertEquals("form", result.formType());
        assertTrue(result.fields().get("landing-url").isEmpty());
        assertNull(result.firstValue("landing-url"));
    }

    @Test
    void resultTypedFormWithFormTypeAndHttpsLandingUrlUsesTheLandingUrl() throws Exception {
        Invite invite = parse(InviteKind.CONTACT, completed("result", """
                <field var='FORM_TYPE' type='hidden'><value>urn:xmpp:invite#invitation</value></field>
                <field var='landing-url' type='text-single'><value>https://invite.example.org/T0k3n</value></field>
                <field var='uri' type='text-single'>
                  <value>xmpp:admin@localhost?roster;preauth=T0k3n;ibr=y</value></field>
                <field var='expire' type='text-single'><value>2026-12-08T10:00:00Z</value></field>
                """));

        assertEquals(InviteKind.CONTACT, invite.kind());
        assertEquals("xmpp:admin@localhost?roster;preauth=T0k3n;ibr=y", invite.uri());
        assertEquals("https://invite.example.org/T0k3n", invite.landingUrl());
        assertEquals("https://invite.example.org/T0k3n", invite.qrPayload());
        assertEquals(Instant.parse("2026-12-08T10:00:00Z"), invite.expires());
    }

    @Test
    void xep0401SpellingsExpiryAndLandingPageAreAccepted() throws Exception {
        Invite invite = parse(InviteKind.ACCOUNT, completed("result", """
                <field var='uri'><value>xmpp:localhost?register;preauth=ej4bb3rdT0k3nAlphaNum1234</value></field>
                <field var='landing-page'><value>https://example.org/invites/ej4bb3rdT0k3nAlphaNum1234</value></field>
                <field var='expiry'><value>2026-12-06T08:30:00Z</value></field>
                """));

        assertEquals("xmpp:localhost?register;preauth=ej4bb3rdT0k3nAlphaNum1234", invite.uri());
        assertEquals("https://example.org/invites/ej4bb3rdT0k3nAlphaNum1234", invite.landingUrl());
        assertEquals(Instant.parse("2026-12-06T08:30:00Z"), invite.expires());
    }

    @Test
    void emptyLandingUrlFallsBackToLandingPage() throws Exception {
        Invite invite = parse(InviteKind.ACCOUNT, completed("result", """
                <field var='landing-url'/>
                <field var='landing-page'><value>https://example.org/i/T</value></field>
                <field var='uri'><value>xmpp:localhost?register;preauth=T</value></field>
                """));

        assertEquals("https://example.org/i/T", invite.landingUrl());
    }

    @Test
    void plainHttpLandingUrlIsIgnored() throws Exception {
        Invite invite = parse(InviteKind.ACCOUNT, completed("result", """
                <field var='landing-url'><value>http://invite.example.org/T0k3n</value></field>
                <field var='uri'><value>xmpp:localhost?register;preauth=T0k3n</value></field>
                <field var='expire'><value>2026-12-08T10:00:00Z</value></field>
                """));

        assertNull(invite.landingUrl());
        assertEquals("xmpp:localhost?register;preauth=T0k3n", invite.qrPayload());
        assertTrue(invite.needsXmppApp());
    }

    @Test
    void expiryWithOffsetIsConvertedToUtc() throws Exception {
        Invite invite = parse(InviteKind.ACCOUNT, completed("result", """
                <field var='uri'><value>xmpp:localhost?register;preauth=T</value></field>
                <field var='expire'><value>2026-12-08T12:00:00+02:00</value></field>
                """));

        assertEquals(Instant.parse("2026-12-08T10:00:00Z"), invite.expires());
    }

    @Test
    void expiryWithFractionKeepsTheFraction() throws Exception {
        Invite invite = parse(InviteKind.ACCOUNT, completed("result", """
                <field var='uri'><value>xmpp:localhost?register;preauth=T</value></field>
                <field var='expire'><value>2026-12-08T10:00:00.250Z</value></field>
                """));

        assertEquals(Instant.parse("2026-12-08T10:00:00.250Z"), invite.expires());
    }

    @Test
    void noExpireFieldMeansTheInviteNeverExpires() throws Exception {
        Invite invite = parse(InviteKind.ACCOUNT, completed("result", """
                <field var='uri'><value>xmpp:localhost?register;preauth=T</value></field>
                """));

        assertNull(invite.expires());
        assertTrue(invite.expiry().isEmpty());
    }

    @Test
    void errorNoteWithoutFormIsAServerErrorCarryingTheText() throws Exception {
        String xml = """
                <iq type='result' from='localhost' id='c2'>
                  <command xmlns='http://jabber.org/protocol/commands' node='urn:xmpp:invite#invite'
                           sessionid='a1' status='completed'>
                    <note type='error'>This command is only available to users of localhost</note>
                  </command>
                </iq>
                """;

        Failure failure = failureOf(InviteKind.CONTACT, xml);

        Failure.ServerError error = assertInstanceOf(Failure.ServerError.class, failure);
        assertEquals("This command is only available to users of localhost", error.text());
    }

    @Test
    void errorNoteWinsEvenBesideAForm() throws Exception {
        String xml = """
                <iq type='result' from='localhost' id='c2'>
                  <command xmlns='http://jabber.org/protocol/commands' node='urn:xmpp:invite#invite'
                           sessionid='a1' status='completed'>
                    <note type='error'>Something went wrong</note>
                    <x xmlns='jabber:x:data' type='result'>
                      <field var='uri'><value>xmpp:localhost?register;preauth=T</value></field>
                    </x>
                  </command>
                </iq>
                """;

        Failure.ServerError error = assertInstanceOf(Failure.ServerError.class, failureOf(InviteKind.CONTACT, xml));
        assertEquals("Something went wrong", error.text());
    }

    @Test
    void infoNoteDoesNotStopTheInvite() throws Exception {
        String xml = """
                <iq type='result' from='localhost' id='c2'>
                  <command xmlns='http://jabber.org/protocol/commands' node='urn:xmpp:invite#invite'
                           sessionid='a1' status='completed'>
                    <note type='info'>Invite created</note>
                    <x xmlns='jabber:x:data' type='result'>
                      <field var='uri'><value>xmpp:admin@localhost?roster;preauth=T</value></field>
                    </x>
                  </command>
                </iq>
                """;

        assertEquals("xmpp:admin@localhost?roster;preauth=T", parse(InviteKind.CONTACT, xml).uri());
    }

    @Test
    void completedCommandWithoutFormIsAnInvalidResponse() throws Exception {
        String xml = """
                <iq type='result' from='localhost' id='c3'>
                  <command xmlns='http://jabber.org/protocol/commands' node='urn:xmpp:invite#create-account'
                           sessionid='a2' status='completed'/>
                </iq>
                """;

        assertInstanceOf(Failure.InvalidResponse.class, failureOf(InviteKind.ACCOUNT, xml));
    }

    @Test
    void missingUriFieldIsAnInvalidResponse() throws Exception {
        Failure failure = failureOf(InviteKind.ACCOUNT, completed("result", """
                <field var='expire'><value>2026-12-08T10:00:00Z</value></field>
                """));

        assertInstanceOf(Failure.InvalidResponse.class, failure);
    }

    @Test
    void emptyUriFieldIsAnInvalidResponse() throws Exception {
        Failure failure = failureOf(InviteKind.ACCOUNT, completed("form", """
                <field var='uri' type='text-single'/>
                <field var='expire'><value>2026-12-08T10:00:00Z</value></field>
                """));

        assertInstanceOf(Failure.InvalidResponse.class, failure);
    }

    @Test
    void blankUriValueIsAnInvalidResponse() throws Exception {
        Failure failure = failureOf(InviteKind.ACCOUNT, completed("result", """
                <field var='uri'><value>   </value></field>
                """));

        assertInstanceOf(Failure.InvalidResponse.class, failure);
    }

    @Test
    void uriNotStartingWithXmppIsAnInvalidResponse() throws Exception {
        Failure failure = failureOf(InviteKind.ACCOUNT, completed("result", """
                <field var='uri'><value>https://invite.example.org/T</value></field>
                """));

        Failure.InvalidResponse invalid = assertInstanceOf(Failure.InvalidResponse.class, failure);
        assertTrue(invalid.detail().contains("xmpp:"), invalid.detail());
    }

    @Test
    void uriWithoutATokenIsAnInvalidResponse() throws Exception {
        Failure failure = failureOf(InviteKind.ACCOUNT, completed("result", """
                <field var='uri'><value>xmpp:localhost?register;preauth=</value></field>
                """));

        Failure.InvalidResponse invalid = assertInstanceOf(Failure.InvalidResponse.class, failure);
        assertTrue(invalid.detail().contains("token"), invalid.detail());
    }

    @Test
    void uriWithoutAnActionIsAnInvalidResponse() throws Exception {
        Failure failure = failureOf(InviteKind.ACCOUNT, completed("result", """
                <field var='uri'><value>xmpp:localhost</value></field>
                """));

        assertInstanceOf(Failure.InvalidResponse.class, failure);
    }

    @Test
    void invalidTimestampIsAnInvalidResponse() throws Exception {
        Failure failure = failureOf(InviteKind.ACCOUNT, completed("result", """
                <field var='uri'><value>xmpp:localhost?register;preauth=T</value></field>
                <field var='expire'><value>next Tuesday</value></field>
                """));

        Failure.InvalidResponse invalid = assertInstanceOf(Failure.InvalidResponse.class, failure);
        assertTrue(invalid.detail().contains("next Tuesday"), invalid.detail());
    }

    @Test
    void invalidTimestampDetailHoldsNoAsciiControlCharacters() throws Exception {
        Failure failure = failureOf(InviteKind.ACCOUNT, completed("result", """
                <field var='uri'><value>xmpp:localhost?register;preauth=T</value></field>
                <field var='expire'><value>2026-12-08&#x9;T10:00&#xD;&#xA;injected line</value></field>
                """));

        Failure.InvalidResponse invalid = assertInstanceOf(Failure.InvalidResponse.class, failure);
        assertNoControlCharacters(invalid.detail());
    }

    @Test
    void invalidTimestampDetailHoldsNoC1ControlCharacters() throws Exception {
        // XML 1.0 allows U+0080..U+009F, among them NEL (a line break) and CSI (a terminal escape).
        Failure failure = failureOf(InviteKind.ACCOUNT, completed("result", """
                <field var='uri'><value>xmpp:localhost?register;preauth=T</value></field>
                <field var='expire'><value>2026-12-08&#x85;injected line&#x9B;31m</value></field>
                """));

        Failure.InvalidResponse invalid = assertInstanceOf(Failure.InvalidResponse.class, failure);
        assertNoControlCharacters(invalid.detail());
    }

    @Test
    void veryLongInvalidTimestampIsAbbreviated() throws Exception {
        String junk = "x".repeat(500);
        Failure failure = failureOf(InviteKind.ACCOUNT, completed("result",
                "<field var='uri'><value>xmpp:localhost?register;preauth=T</value></field>"
                + "<field var='expire'><value>" + junk + "</value></field>"));

        Failure.InvalidResponse invalid = assertInstanceOf(Failure.InvalidResponse.class, failure);
        assertTrue(invalid.detail().length() < 120, invalid.detail());
    }

    private static void assertNoControlCharacters(String text) {
        assertTrue(text.chars().noneMatch(Character::isISOControl),
                () -> "control character in: " + text.codePoints()
                        .mapToObj(c -> Character.isISOControl(c) ? String.format("\\u%04X", c) : Character.toString(c))
                        .reduce("", String::concat));
    }

    private static String completed(String formType, String fields) {
        return "<iq type='result' from='localhost' id='c9'>"
                + "<command xmlns='http://jabber.org/protocol/commands' node='urn:xmpp:invite#create-account'"
                + " sessionid='s9' status='completed'>"
                + "<x xmlns='jabber:x:data' type='" + formType + "'>" + fields + "</x>"
                + "</command></iq>";
    }

    private static CommandResult commandResult(String xml) throws Exception {
        Stanza stanza = PacketParserUtils.parseStanza(xml);
        CommandIq data = assertInstanceOf(CommandIq.class, stanza);
        return CommandResult.of(data.step());
    }

    private static Invite parse(InviteKind kind, String xml) throws Exception {
        return InviteResultParser.parse(kind, commandResult(xml));
    }

    private static Failure failureOf(InviteKind kind, String xml) throws Exception {
        CommandResult result = commandResult(xml);
        return assertThrows(FailureException.class, () -> InviteResultParser.parse(kind, result)).failure();
    }
}
