package org.invitemanager.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InviteWordingTest {

    @Test
    void expiryIsInUtcWhateverTheLocalZone() {
        assertEquals("Expires 2026-12-01 18:00 UTC", InviteWording.expiry(Instant.parse("2026-12-01T18:00:59Z")));
    }

    @Test
    void missingExpiryReadsNoExpiry() {
        assertEquals("No expiry", InviteWording.expiry(null));
    }

    @ParameterizedTest
    @CsvSource({
        "https://example.org/invite/AbC, example.org/invite/AbC",
        "HTTP://example.org/x, example.org/x",
        "xmpp:example.org?register;preauth=AbC, xmpp:example.org?register;preauth=AbC",
        "https://, https://"
    })
    void linksForReadingDropOnlyTheWebScheme(String link, String shown) {
        assertEquals(shown, InviteWording.forReading(link));
    }
}
