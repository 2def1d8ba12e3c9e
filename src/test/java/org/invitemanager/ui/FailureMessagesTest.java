package org.invitemanager.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.invitemanager.domain.CertificateInfo;
import org.invitemanager.domain.Failure;
import org.junit.jupiter.api.Test;

class FailureMessagesTest {

    private static final String PINNED =
            "11:22:33:44:55:66:77:88:99:00:AA:BB:CC:DD:EE:FF:11:22:33:44:55:66:77:88:99:00:AA:BB:CC:DD:EE:FF";
    private static final CertificateInfo PRESENTED = new CertificateInfo("CN=localhost", "CN=localhost",
            Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2027-01-01T00:00:00Z"),
            "AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89");

    /** One of each kind, with the details the app really produces. */
    private static final List<Failure> EVERY_KIND = List.of(
            new Failure.Timeout(),
            new Failure.Unreachable("xmpp.example.org", 5222),
            new Failure.ConnectionLost(),
            new Failure.AuthFailed(),
            new Failure.UntrustedCertificate("localhost", PRESENTED),
            new Failure.CertificateChanged("localhost", PINNED, PRESENTED),
            new Failure.CertificateExpired("localhost", PRESENTED),
            new Failure.CertificateNameMismatch("localhost", PRESENTED, List.of("wrong.example", "www.wrong.example")),
            new Failure.TlsFailed("the certificate does not name this server"),
            new Failure.Forbidden("You don't have permission to execute this command"),
            new Failure.ServerError("item-not-found", null),
            new Failure.InvalidResponse("The server's answer holds no invite."),
            new Failure.InvalidInput("There is no link to show as a QR code"),
            new Failure.Cancelled(),
            new Failure.Unexpected("NullPointerException"));

    @Test
    void samplesCoverEveryFailureKind() {
        Set<Class<?>> permitted = Set.copyOf(Arrays.asList(Failure.class.getPermittedSubclasses()));
        Set<Class<?>> sampled = EVERY_KIND.stream().map(Object::getClass).collect(Collectors.toSet());

        assertEquals(permitted, sampled);
    }

    @Test
    void everyFailureGivesANonEmptySentenceWithoutExceptionNames() {
        for (Failure failure : EVERY_KIND) {
            String message = FailureMessages.describe(failure);

            assertFalse(message.isBlank(), failure.toString());
            assertFalse(message.contains("Exception"), message);
            assertTrue(Character.isUpperCase(message.charAt(0)), message);
            assertFalse(message.contains("null"), message);
            assertTrue(message.chars().noneMatch(Character::isISOControl), message);
        }
    }

    @Test
    void unexpectedFailureDoesNotLeakItsDetail() {
        String message = FailureMessages.describe(new Failure.Unexpected("IllegalStateException"));

        assertEquals("Something unexpected went wrong; the details are in the log.", message);
    }

    @Test
    void unreachableNamesHostAndPort() {
        assertTrue(FailureMessages.describe(new Failure.Unreachable("xmpp.example.org", 5223))
                .contains("xmpp.example.org:5223"));
        assertTrue(FailureMessages.describe(new Failure.Unreachable("xmpp.example.org", 0))
                .contains("Cannot reach xmpp.example.org."));
    }

    @Test
    void forbiddenQuotesTheServerOrFallsBack() {
        assertEquals("The server refused: You don't have permission to execute this command.",
                FailureMessages.describe(new Failure.Forbidden("You don't have permission to execute this command")));
        assertEquals("The server refused: this account is not allowed to do that.",
                FailureMessages.describe(new Failure.Forbidden(null)));
        assertEquals("The server refused: this account is not allowed to do that.",
                FailureMessages.describe(new Failure.Forbidden("   ")));
    }

    @Test
    void serverErrorWithoutTextNamesTheCondition() {
        assertEquals("The server reported an error: it does not know that command or item (item-not-found).",
                FailureMessages.describe(new Failure.ServerError("item-not-found", null)));
        assertEquals("The server reported an error: it did not accept what was sent (bad-request).",
                FailureMessages.describe(new Failure.ServerError("bad-request", "")));
        assertEquals("The server reported an error: undefined-condition.",
                FailureMessages.describe(new Failure.ServerError("undefined-condition", null)));
    }

    @Test
    void serverTextDoesNotEndInTwoFullStops() {
        assertEquals("The server reported an error: Access forbidden.",
                FailureMessages.describe(new Failure.ServerError("forbidden", "Access forbidden.")));
    }

    @Test
    void asciiControlCharactersInServerTextAreCleaned() {
        String message = FailureMessages.describe(
                new Failure.ServerError("bad-request", "first line\nsecond\tline\u0007\u001b[31m red"));

        assertTrue(message.chars().noneMatch(Character::isISOControl), message);
        assertTrue(message.contains("first line second line"), message);
    }

    @Test
    void c1ControlCharactersInServerTextAreCleaned() {
        // NEL (U+0085) breaks lines, CSI (U+009B) starts terminal escapes; both are legal in XML 1.0.
        String message = FailureMessages.describe(
                new Failure.Forbidden("denied\u0085second line\u009b31m"));

        assertTrue(message.chars().noneMatch(Character::isISOControl),
                () -> "control character left in: " + message.replace("\u0085", "\\u0085")
                        .replace("\u009b", "\\u009B"));
    }

    @Test
    void longServerTextIsCut() {
        String text = "word ".repeat(400);

        String message = FailureMessages.describe(new Failure.ServerError("internal-server-error", text));

        assertTrue(message.length() <= 260, "length " + message.length());
        assertTrue(message.contains("…"), message);
        assertTrue(message.startsWith("The server reported an error: word word"), message);
    }

    @Test
    void cuttingLongServerTextNeverSplitsACharacter() {
        // The emoji is two UTF-16 units; the cut falls between them.
        String text = "a".repeat(199) + "\uD83D\uDE00" + " and more text after the cut";

        String message = FailureMessages.describe(new Failure.ServerError("internal-server-error", text));

        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            if (Character.isHighSurrogate(c)) {
                assertTrue(i + 1 < message.length() && Character.isLowSurrogate(message.charAt(i + 1)),
                        "lone high surrogate at " + i);
            }
        }
    }

    @Test
    void changedCertificateNamesBothFingerprints() {
        String message = FailureMessages.describe(new Failure.CertificateChanged("localhost", PINNED, PRESENTED));

        assertTrue(message.contains(PINNED), message);
        assertTrue(message.contains(PRESENTED.sha256()), message);
        assertTrue(message.contains("localhost"), message);
    }

    @Test
    void untrustedCertificateNamesTheServer() {
        String message = FailureMessages.describe(new Failure.UntrustedCertificate("example.org", PRESENTED));

        assertTrue(message.contains("example.org"), message);
    }

    @Test
    void expiredCertificateSaysWhenItExpired() {
        String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault())
                .format(PRESENTED.notAfter());

        String message = FailureMessages.describe(new Failure.CertificateExpired("localhost", PRESENTED));

        assertTrue(message.startsWith("The certificate of localhost expired on " + date + ","), message);
    }

    @Test
    void certificateForOtherNamesListsThem() {
        String message = FailureMessages.describe(new Failure.CertificateNameMismatch("localhost", PRESENTED,
                List.of("wrong.example", "www.wrong.example")));

        assertTrue(message.startsWith("The certificate presented for localhost is for wrong.example, "
                + "www.wrong.example, not for localhost."), message);
    }

    /** Expired, wrong name, changed pin and untrusted each read differently, so the admin knows which it is. */
    @Test
    void eachCertificateProblemHasItsOwnSentence() {
        List<Failure> problems = List.of(new Failure.CertificateExpired("localhost", PRESENTED),
                new Failure.CertificateNameMismatch("localhost", PRESENTED, List.of("wrong.example")),
                new Failure.CertificateChanged("localhost", PINNED, PRESENTED),
                new Failure.UntrustedCertificate("localhost", PRESENTED));

        Set<String> openings = problems.stream().map(FailureMessages::describe)
                .map(m -> m.substring(0, 30)).collect(Collectors.toSet());

        assertEquals(problems.size(), openings.size(), openings.toString());
    }
}
