package org.invitemanager.qr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import org.invitemanager.domain.Failure;
import org.invitemanager.domain.FailureException;
import org.invitemanager.testsupport.OddText;

/**
 * Random payloads through {@link QrEncoder} and {@link QrRaster}, read back by ZXing as a phone would.
 *
 * <p>The contract: any well-formed text that fits a QR code at level M (2,331 bytes of UTF-8 at most, less the ECI
 * header) gives a code that reads back as exactly that text, at level M, drawn with a white quiet zone of four modules;
 * longer text, and text with half a surrogate pair (which UTF-8 cannot carry), is refused with a
 * {@link Failure.InvalidInput} that says why, never an exception of ZXing's.
 */
class QrEncoderPropertiesTest {

    private static final int MAX_BYTES_AT_LEVEL_M = 2331;

    @Property(tries = 100)
    void textThatFitsReadsBackExactlyAtLevelMWithAQuietZone(@ForAll("fitting") String payload,
                                                             @ForAll @IntRange(min = 2, max = 4) int pixelsPerModule)
            throws Exception {
        QrMatrix matrix = QrEncoder.encode(payload);
        QrImage image = QrRaster.render(matrix, pixelsPerModule);

        assertTrue((matrix.size() - 17) % 4 == 0 && matrix.size() >= 21 && matrix.size() <= 177,
                "a QR version's size: " + matrix.size());
        assertEquals((matrix.size() + 2 * QrRaster.QUIET_ZONE_MODULES) * pixelsPerModule, image.width());
        assertQuietZoneIsWhite(image, QrRaster.QUIET_ZONE_MODULES * pixelsPerModule);
        Result read = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.width(), image.height(), image.argb()))));
        assertEquals(payload, read.getText());
        assertEquals("M", read.getResultMetadata().get(ResultMetadataType.ERROR_CORRECTION_LEVEL));
    }

    @Property(tries = 30)
    void textOverTheCapacityIsInvalidInputWithItsLength(@ForAll("oversize") String payload) {
        FailureException e = assertThrows(FailureException.class, () -> QrEncoder.encode(payload));

        String detail = assertInstanceOf(Failure.InvalidInput.class, e.failure()).detail();
        assertTrue(detail.contains("(" + payload.codePointCount(0, payload.length()) + " characters)"), detail);
    }

    @Property(tries = 100)
    void halfASurrogatePairIsInvalidInput(@ForAll("fitting") String text, @ForAll("halfPairs") char half,
                                          @ForAll @IntRange(min = 0, max = 1000) int where) {
        int at = Math.min(where, text.length());
        // Not inside an existing pair, which would make a different, whole character.
        if (at > 0 && Character.isHighSurrogate(text.charAt(at - 1))) {
            at--;
        }
        String payload = text.substring(0, at) + half + text.substring(at);

        FailureException e = assertThrows(FailureException.class, () -> QrEncoder.encode(payload));

        assertInstanceOf(Failure.InvalidInput.class, e.failure());
    }

    private static void assertQuietZoneIsWhite(QrImage image, int band) {
        int side = image.width();
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                if (x < band || y < band || x >= side - band || y >= side - band) {
                    assertEquals(QrRaster.LIGHT, image.argbAt(x, y), "quiet zone pixel (" + x + ", " + y + ")");
                }
            }
        }
    }

    private static String wellFormed(String text) {
        return text.codePoints().filter(c -> Character.getType(c) != Character.SURROGATE)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    @Provide
    Arbitrary<String> fitting() {
        Arbitrary<String> invites = Arbitraries.strings().alpha().numeric().withChars("-_").ofMinLength(1)
                .ofMaxLength(60).map(token -> "xmpp:localhost?register;preauth=" + token);
        Arbitrary<String> longer = OddText.mixed().list().ofMinSize(5).ofMaxSize(60)
                .map(parts -> String.join("", parts));
        return Arbitraries.frequencyOf(Tuple.of(3, invites), Tuple.of(5, OddText.mixed()), Tuple.of(2, longer),
                        Tuple.of(1, Arbitraries.of("0", "1234567890", "ABC $%*+-./:", "\u0000", "\r\n")))
                .map(QrEncoderPropertiesTest::wellFormed)
                .filter(text -> !text.isEmpty() && text.getBytes(StandardCharsets.UTF_8).length <= 1000);
    }

    @Provide
    Arbitrary<String> oversize() {
        // Byte mode only: digits alone would use numeric mode, which holds 5,596 of them.
        return Arbitraries.of("x", "é", "\uD83D\uDE42", "xmpp:localhost?register;preauth=", "a\u0301")
                .flatMap(unit -> Arbitraries.integers().between(MAX_BYTES_AT_LEVEL_M + 1, 3 * MAX_BYTES_AT_LEVEL_M)
                        .map(bytes -> unit.repeat(bytes / unit.getBytes(StandardCharsets.UTF_8).length + 1)))
                .filter(text -> text.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES_AT_LEVEL_M);
    }

    @Provide
    Arbitrary<Character> halfPairs() {
        return Arbitraries.chars().range('\uD800', '\uDFFF');
    }
}
