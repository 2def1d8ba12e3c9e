package org.invitemanager.qr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.invitemanager.domain.Failure;
import org.invitemanager.domain.FailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QrEncoderTest {

    static final String INVITE = "xmpp:example.org?register;preauth=Xq3vT9b_Kd2LmN8pRs-4uWy7";

    static String longHttpsUrl() {
        StringBuilder url = new StringBuilder("https://invite.example.org/register/AbCdEf?token=");
        int i = 0;
        while (url.length() < 300) {
            url.append((char) ((i % 2 == 0 ? 'a' : 'A') + i % 26)).append(i % 10);
            i++;
        }
        return url.toString();
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 5, 10})
    void inviteUriRoundTripsExactlyAtEveryModuleSize(int pixelsPerModule) {
        QrImage image = QrRaster.render(QrEncoder.encode(INVITE), pixelsPerModule);

        assertEquals(INVITE, QrDecoding.decode(image));
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 5, 10})
    void longHttpsUrlRoundTripsExactlyAtEveryModuleSize(int pixelsPerModule) {
        String url = longHttpsUrl();
        assertTrue(url.length() >= 300 && url.length() < 310, "test URL is about 300 characters");

        QrImage image = QrRaster.render(QrEncoder.encode(url), pixelsPerModule);

        assertEquals(url, QrDecoding.decode(image));
    }

    @Test
    void onePixelPerModuleRoundTripsExactly() {
        for (String payload : new String[] {INVITE, longHttpsUrl()}) {
            QrImage image = QrRaster.render(QrEncoder.encode(payload), 1);

            assertEquals(payload, QrDecoding.decodePure(image));
        }
    }

    @Test
    void nonAsciiPayloadRoundTripsAsUtf8() {
        String url = "https://example.org/ü?x=ß";

        QrImage image = QrRaster.render(QrEncoder.encode(url), 4);

        assertEquals(url, QrDecoding.decode(image));
    }

    @Test
    void lowerCasePayloadIsNotUpperCased() {
        String lower = "xmpp:example.org?register;preauth=abcdefghijklmnop";

        assertEquals(lower, QrDecoding.decode(QrRaster.render(QrEncoder.encode(lower), 3)));
    }

    @Test
    void typicalInviteFitsASmallCode() {
        QrMatrix matrix = QrEncoder.encode(INVITE);

        assertEquals(33, matrix.size(), "version 4 at level M holds this invite");
    }

    @Test
    void sameInputGivesSameMatrix() {
        assertEquals(QrEncoder.encode(INVITE), QrEncoder.encode(INVITE));
    }

    @Test
    void oversizePayloadIsInvalidInputWithItsLength() {
        String huge = "x".repeat(5000);

        FailureException e = assertThrows(FailureException.class, () -> QrEncoder.encode(huge));

        Failure.InvalidInput invalid = assertInstanceOf(Failure.InvalidInput.class, e.failure());
        assertTrue(invalid.detail().contains("5000"), invalid.detail());
    }

    @Test
    void emptyPayloadIsInvalidInput() {
        FailureException e = assertThrows(FailureException.class, () -> QrEncoder.encode(""));

        assertInstanceOf(Failure.InvalidInput.class, e.failure());
    }

    @Test
    void nullPayloadIsInvalidInput() {
        FailureException e = assertThrows(FailureException.class, () -> QrEncoder.encode(null));

        assertInstanceOf(Failure.InvalidInput.class, e.failure());
    }
}
