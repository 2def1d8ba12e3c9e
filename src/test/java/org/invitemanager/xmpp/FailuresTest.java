package org.invitemanager.xmpp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import javax.net.ssl.SSLHandshakeException;
import org.invitemanager.domain.CertificateInfo;
import org.invitemanager.domain.Failure;
import org.invitemanager.domain.FailureException;
import org.invitemanager.domain.TlsMode;
import org.jivesoftware.smack.SmackException;
import org.jivesoftware.smack.XMPPException;
import org.jivesoftware.smack.filter.StanzaIdFilter;
import org.jivesoftware.smack.packet.StanzaError;
import org.jivesoftware.smack.sasl.SASLErrorException;
import org.jivesoftware.smack.sasl.packet.SaslNonza;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FailuresTest {

    private static final ConnectionTarget VIA_HOST =
            new ConnectionTarget("example.org", "xmpp.example.org", 0, TlsMode.STARTTLS, null);
    private static final ConnectionTarget BY_DOMAIN =
            new ConnectionTarget("example.org", null, 0, TlsMode.DIRECT_TLS, null);
    private static final CertificateInfo CERTIFICATE = new CertificateInfo("CN=localhost", "CN=localhost",
            Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2027-01-01T00:00:00Z"),
            "AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89");

    @AfterEach
    void clearInterruptFlag() {
        Thread.interrupted();
    }

    @Test
    void forbiddenStanzaErrorIsForbiddenWithTheServersText() {
        Failure failure = Failures.classify(stanzaError(StanzaError.Condition.forbidden,
                "You don't have permission to execute this command"), VIA_HOST);

        Failure.Forbidden forbidden = assertInstanceOf(Failure.Forbidden.class, failure);
        assertEquals("You don't have permission to execute this command", forbidden.text());
    }

    @Test
    void notAuthorizedStanzaErrorIsForbidden() {
        Failure failure = Failures.classify(stanzaError(StanzaError.Condition.not_authorized, null), VIA_HOST);

        assertInstanceOf(Failure.Forbidden.class, failure);
    }

    @Test
    void itemNotFoundIsAServerErrorNamingTheXmppCondition() {
        Failure failure = Failures.classify(stanzaError(StanzaError.Condition.item_not_found, "No such command"),
                VIA_HOST);

        assertEquals(new Failure.ServerError("item-not-found", "No such command"), failure);
    }

    @Test
    void serviceUnavailableIsAServerError() {
        Failure failure = Failures.classify(stanzaError(StanzaError.Condition.service_unavailable, null), VIA_HOST);

        Failure.ServerError error = assertInstanceOf(Failure.ServerError.class, failure);
        assertEquals("service-unavailable", error.condition());
    }

    @Test
    void remoteServerTimeoutIsATimeout() {
        Failure failure = Failures.classify(stanzaError(StanzaError.Condition.remote_server_timeout, null), VIA_HOST);

        assertEquals(new Failure.Timeout(), failure);
    }

    @Test
    void noResponseIsATimeout() {
        SmackException.NoResponseException e =
                SmackException.NoResponseException.newWith(15_000, new StanzaIdFilter("c1"), false);

        assertEquals(new Failure.Timeout(), Failures.classify(e, VIA_HOST));
    }

    @Test
    void notConnectedIsAConnectionLoss() {
        assertEquals(new Failure.ConnectionLost(),
                Failures.classify(new SmackException.NotConnectedException(), VIA_HOST));
    }

    @Test
    void saslFailureIsAnAuthenticationFailure() {
        SASLErrorException e = new SASLErrorException("SCRAM-SHA-1", new SaslNonza.SASLFailure("not-authorized"));

        assertEquals(new Failure.AuthFailed(), Failures.classify(e, VIA_HOST));
    }

    @Test
    void unknownHostIsUnreachableAtTheConfiguredHostAndDefaultPort() {
        Failure failure = Failures.classify(new UnknownHostException("xmpp.example.org"), VIA_HOST);

        assertEquals(new Failure.Unreachable("xmpp.example.org", 5222), failure);
    }

    @Test
    void unknownHostWithoutHostOverrideNamesTheDomainAndTheTlsModesPort() {
        Failure failure = Failures.classify(new UnknownHostException("example.org"), BY_DOMAIN);

        assertEquals(new Failure.Unreachable("example.org", 5223), failure);
    }

    @Test
    void unknownHostWithExplicitPortNamesThatPort() {
        ConnectionTarget target = new ConnectionTarget("example.org", "127.0.0.1", 25222, TlsMode.STARTTLS, null);

        assertEquals(new Failure.Unreachable("127.0.0.1", 25222),
                Failures.classify(new UnknownHostException("127.0.0.1"), target));
    }

    @Test
    void completionExceptionAroundAFailureGivesThatFailure() {
        Failure original = new Failure.Forbidden("Access forbidden");
        CompletionException wrapped = new CompletionException(new FailureException(original));

        assertSame(original, Failures.classify(wrapped, VIA_HOST));
    }

    @Test
    void failureFromAFailedFutureIsKept() {
        Failure original = new Failure.InvalidResponse("The server's answer holds no invite.");
        CompletableFuture<Object> future = CompletableFuture.supplyAsync(() -> {
            throw new FailureException(original);
        }, Runnable::run);

        ExecutionException thrown = assertThrows(ExecutionException.class, future::get);
        assertSame(original, Failures.classify(thrown, VIA_HOST));
    }

    @Test
    void wrappedSmackErrorIsUnwrapped() {
        Exception wrapped = new CompletionException(new SmackException.NotConnectedException());

        assertEquals(new Failure.ConnectionLost(), Failures.classify(wrapped, VIA_HOST));
    }

    @Test
    void interruptionIsUnexpectedAndRestoresTheInterruptFlag() {
        assertFalse(Thread.currentThread().isInterrupted());

        Failure failure = Failures.classify(new InterruptedException(), VIA_HOST);

        assertInstanceOf(Failure.Unexpected.class, failure);
        assertTrue(Thread.interrupted(), "interrupt flag restored");
    }

    @Test
    void untrustedCertificateInTheCauseChainIsReportedWithItsDetails() {
        Exception e = new IOException("Connection closed",
                new SSLHandshakeException("PKIX path building failed"));
        e.getCause().initCause(new PinningTrustManager.UntrustedCertificateException("example.org", CERTIFICATE));

        Failure failure = Failures.classify(e, VIA_HOST);

        assertEquals(new Failure.UntrustedCertificate("example.org", CERTIFICATE), failure);
    }

    @Test
    void untrustedCertificateInTheSuppressedListIsReportedWithItsDetails() {
        Exception e = new SmackException.NotConnectedException("Connection closed");
        e.addSuppressed(new PinningTrustManager.UntrustedCertificateException("example.org", CERTIFICATE));

        Failure failure = Failures.classify(e, VIA_HOST);

        Failure.UntrustedCertificate untrusted = assertInstanceOf(Failure.UntrustedCertificate.class, failure);
        assertSame(CERTIFICATE, untrusted.certificate());
        assertEquals("example.org", untrusted.server());
    }

    @Test
    void untrustedCertificateSuppressedOnACauseIsFound() {
        IOException cause = new IOException("socket closed");
        cause.addSuppressed(new PinningTrustManager.UntrustedCertificateException("example.org", CERTIFICATE));
        Exception e = new CompletionException(new SmackException.SmackWrappedException(cause));

        assertInstanceOf(Failure.UntrustedCertificate.class, Failures.classify(e, VIA_HOST));
    }

    @Test
    void changedCertificateNamesThePinAndTheNewCertificate() {
        Exception e = new IOException("Connection closed");
        e.addSuppressed(new PinningTrustManager.CertificateChangedException("example.org", "11:22", CERTIFICATE));

        Failure failure = Failures.classify(e, VIA_HOST);

        assertEquals(new Failure.CertificateChanged("example.org", "11:22", CERTIFICATE), failure);
    }

    @Test
    void otherSslErrorIsATlsFailure() {
        Failure failure = Failures.classify(new IOException("handshake",
                new SSLHandshakeException("Received fatal alert: handshake_failure")), VIA_HOST);

        assertInstanceOf(Failure.TlsFailed.class, failure);
    }

    @Test
    void plainIoErrorIsAConnectionLoss() {
        assertEquals(new Failure.ConnectionLost(), Failures.classify(new IOException("Broken pipe"), VIA_HOST));
    }

    @Test
    void anythingElseIsUnexpectedAndNamesOnlyTheExceptionType() {
        Failure failure = Failures.classify(new IllegalStateException("token=Xq3vT9b_Kd2LmN8pRs-4uWy7"), VIA_HOST);

        assertEquals(new Failure.Unexpected("IllegalStateException"), failure);
    }

    @Test
    void translateWrapsTheClassifiedFailure() {
        FailureException e = Failures.translate("login to example.org", VIA_HOST,
                new SmackException.NotConnectedException());

        assertEquals(new Failure.ConnectionLost(), e.failure());
    }

    private static XMPPException.XMPPErrorException stanzaError(StanzaError.Condition condition, String text) {
        StanzaError error = StanzaError.from(condition, text).build();
        return new XMPPException.XMPPErrorException(null, error);
    }
}
