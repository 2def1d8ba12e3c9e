package org.invitemanager.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.invitemanager.domain.CertificateInfo;
import org.invitemanager.domain.Failure;
import org.junit.jupiter.api.Test;

/** The exit codes scripts branch on, and which failure gives which. */
class ExitCodesTest {

    private static final CertificateInfo CERT = new CertificateInfo("CN=x", "CN=x", Instant.EPOCH, Instant.EPOCH,
            "AB:CD");

    @Test
    void theCodesAreZeroToEightInOrderAndAllDescribed() {
        assertEquals(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8"),
                List.copyOf(ExitCodes.descriptions().keySet()));
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8), List.of(ExitCodes.OK, ExitCodes.UNEXPECTED, ExitCodes.USAGE,
                ExitCodes.LOGIN_REFUSED, ExitCodes.UNREACHABLE, ExitCodes.UNTRUSTED, ExitCodes.REFUSED_BY_SERVER,
                ExitCodes.PARTIAL, ExitCodes.OUTPUT_FILE));
    }

    @Test
    void everyKindOfFailureHasItsCode() {
        assertEquals(ExitCodes.LOGIN_REFUSED, ExitCodes.forFailure(new Failure.AuthFailed()));
        assertEquals(ExitCodes.UNREACHABLE, ExitCodes.forFailure(new Failure.Timeout()));
        assertEquals(ExitCodes.UNREACHABLE, ExitCodes.forFailure(new Failure.Unreachable("h", 5222)));
        assertEquals(ExitCodes.UNREACHABLE, ExitCodes.forFailure(new Failure.ConnectionLost()));
        assertEquals(ExitCodes.UNTRUSTED, ExitCodes.forFailure(new Failure.UntrustedCertificate("s", CERT)));
        assertEquals(ExitCodes.UNTRUSTED, ExitCodes.forFailure(new Failure.CertificateChanged("s", "EF", CERT)));
        assertEquals(ExitCodes.UNTRUSTED, ExitCodes.forFailure(new Failure.TlsFailed("no TLS")));
        assertEquals(ExitCodes.REFUSED_BY_SERVER, ExitCodes.forFailure(new Failure.Forbidden("")));
        assertEquals(ExitCodes.REFUSED_BY_SERVER, ExitCodes.forFailure(new Failure.ServerError("bad-request", "")));
        assertEquals(ExitCodes.REFUSED_BY_SERVER, ExitCodes.forFailure(new Failure.InvalidResponse("?")));
        assertEquals(ExitCodes.REFUSED_BY_SERVER, ExitCodes.forFailure(new Failure.InvalidInput("needs module")));
        assertEquals(ExitCodes.UNEXPECTED, ExitCodes.forFailure(new Failure.Cancelled()));
        assertEquals(ExitCodes.UNEXPECTED, ExitCodes.forFailure(new Failure.Unexpected("x")));
    }

    @Test
    void serverTextsAreShownOnOneShortLine() {
        String text = CliMessages.describe(new Failure.ServerError("bad-request",
                "two\nlines\u2028and " + "x".repeat(300)));

        assertEquals(-1, text.indexOf('\n'));
        assertEquals(-1, text.indexOf('\u2028'));
        assertTrue(text.length() < 260, text);
    }
}
