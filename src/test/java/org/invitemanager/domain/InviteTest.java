package org.invitemanager.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InviteTest {

    private static final String URI = "xmpp:localhost?register;preauth=Xq3vT9b_Kd2LmN8pRs-4uWy7";
    private static final String LANDING = "https://invite.example.org/Xq3vT9b_Kd2LmN8pRs-4uWy7";
    private static final Instant EXPIRES = Instant.parse("2026-12-08T10:00:00Z");

    @Test
    void qrPayloadPrefersTheLandingUrl() {
        Invite invite = new Invite(InviteKind.ACCOUNT, URI, LANDING, EXPIRES);

        assertEquals(LANDING, invite.qrPayload());
        assertFalse(invite.needsXmppApp());
    }

    @Test
    void qrPayloadFallsBackToTheUriWithoutLandingUrl() {
        Invite invite = new Invite(InviteKind.ACCOUNT, URI, null, EXPIRES);

        assertEquals(URI, invite.qrPayload());
        assertTrue(invite.needsXmppApp());
    }

    @Test
    void payloadKeepsTheTokenCaseExactly() {
        Invite invite = new Invite(InviteKind.CONTACT, "xmpp:admin@localhost?roster;preauth=AbC-dEf_123;ibr=y", null,
                null);

        assertEquals("xmpp:admin@localhost?roster;preauth=AbC-dEf_123;ibr=y", invite.qrPayload());
    }

    @Test
    void missingExpiryMeansNoExpiry() {
        assertEquals(Optional.empty(), new Invite(InviteKind.ACCOUNT, URI, null, null).expiry());
        assertEquals(Optional.of(EXPIRES), new Invite(InviteKind.ACCOUNT, URI, null, EXPIRES).expiry());
    }

    @Test
    void nullUriIsRejected() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> new Invite(InviteKind.ACCOUNT, null, LANDING, EXPIRES));
        assertEquals("uri", e.getMessage());
    }

    @Test
    void nullKindIsRejected() {
        assertThrows(NullPointerException.class, () -> new Invite(null, URI, null, EXPIRES));
    }

    @Test
    void parsedUriReadsTheServersUri() {
        Invite invite = new Invite(InviteKind.CONTACT, "xmpp:admin@localhost?roster;preauth=T;ibr=y", null, null);

        assertEquals("admin@localhost", invite.parsedUri().jid());
        assertTrue(invite.parsedUri().allowsRegistration());
    }
}
