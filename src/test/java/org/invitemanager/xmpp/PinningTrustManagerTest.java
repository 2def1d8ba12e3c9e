package org.invitemanager.xmpp;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.invitemanager.domain.CertificateInfo;
import org.invitemanager.domain.Failure;
import org.invitemanager.domain.TlsMode;
import org.jivesoftware.smack.SmackException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PinningTrustManagerTest {

    private static final String PASSWORD = "changeit";

    @TempDir
    static Path keys;

    private static X509Certificate selfSigned;
    private static X509Certificate other;
    private static X509Certificate wrongName;

    @BeforeAll
    static void generateCertificates() throws Exception {
        selfSigned = generate("server.p12");
        other = generate("other.p12");
        wrongName = generate("wrong.p12", "wrong.example");
    }

    private static X509Certificate generate(String name) throws Exception {
        return generate(name, "localhost");
    }

    private static X509Certificate generate(String name, String dnsName) throws Exception {
        Path store = keys.resolve(name);
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process process = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "server",
                "-keyalg", "RSA", "-keysize", "2048", "-validity", "30", "-dname", "CN=" + dnsName,
                "-ext", "SAN=dns:" + dnsName, "-keystore", store.toString(), "-storetype", "PKCS12",
                "-storepass", PASSWORD, "-keypass", PASSWORD, "-noprompt")
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "keytool finished");
        assertEquals(0, process.exitValue(), "keytool failed: " + output);
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keyStore.load(in, PASSWORD.toCharArray());
        }
        return (X509Certificate) keyStore.getCertificate("server");
    }

    private static X509Certificate[] chain(X509Certificate leaf) {
        return new X509Certificate[] {leaf};
    }

    @Test
    void selfSignedCertificateWithoutPinIsRefusedWithItsDetails() {
        PinningTrustManager trust = PinningTrustManager.withSystemTrust("localhost", null);

        PinningTrustManager.UntrustedCertificateException e = assertThrows(
                PinningTrustManager.UntrustedCertificateException.class,
                () -> trust.checkServerTrusted(chain(selfSigned), "RSA"));

        assertEquals("localhost", e.server);
        assertEquals(Certificates.sha256(selfSigned), e.certificate.sha256());
        assertTrue(e.certificate.subject().contains("CN=localhost"), e.certificate.subject());
        assertTrue(e.certificate.isSelfSigned());
    }

    @Test
    void pinnedCertificateIsAccepted() {
        PinningTrustManager trust = PinningTrustManager.withSystemTrust("localhost", Certificates.sha256(selfSigned));

        assertDoesNotThrow(() -> trust.checkServerTrusted(chain(selfSigned), "RSA"));
    }

    @Test
    void pinTypedInLowerCaseWithoutColonsStillMatches() {
        String typed = Certificates.sha256(selfSigned).replace(":", "").toLowerCase(Locale.ROOT);
        PinningTrustManager trust = PinningTrustManager.withSystemTrust("localhost", typed);

        assertDoesNotThrow(() -> trust.checkServerTrusted(chain(selfSigned), "RSA"));
    }

    @Test
    void differentPinIsRefusedNamingBothFingerprints() {
        String pinned = Certificates.sha256(other);
        String presented = Certificates.sha256(selfSigned);
        assertNotEquals(pinned, presented);
        PinningTrustManager trust = PinningTrustManager.withSystemTrust("localhost", pinned);

        PinningTrustManager.CertificateChangedException e = assertThrows(
                PinningTrustManager.CertificateChangedException.class,
                () -> trust.checkServerTrusted(chain(selfSigned), "RSA"));

        assertEquals(pinned, e.pinned);
        assertEquals(presented, e.presented.sha256());
        assertTrue(e.getMessage().contains(pinned), e.getMessage());
        assertTrue(e.getMessage().contains(presented), e.getMessage());
    }

    @Test
    void emptyChainIsRefused() {
        PinningTrustManager trust = PinningTrustManager.withSystemTrust("localhost", Certificates.sha256(selfSigned));

        assertThrows(CertificateException.class, () -> trust.checkServerTrusted(new X509Certificate[0], "RSA"));
        assertThrows(CertificateException.class, () -> trust.checkServerTrusted(null, "RSA"));
    }

    @Test
    void clientCertificatesAreNeverAccepted() {
        PinningTrustManager trust = PinningTrustManager.withSystemTrust("localhost", Certificates.sha256(selfSigned));

        assertThrows(CertificateException.class, () -> trust.checkClientTrusted(chain(selfSigned), "RSA"));
    }

    @Test
    void explainAttachesTheRefusalSoFailuresCanReportIt() {
        PinningTrustManager trust = PinningTrustManager.withSystemTrust("localhost", null);
        assertThrows(CertificateException.class, () -> trust.checkServerTrusted(chain(selfSigned), "RSA"));
        SmackException.NotConnectedException closed = new SmackException.NotConnectedException("Connection closed");

        Throwable explained = trust.explain(closed);

        assertSame(closed, explained);
        Failure failure = Failures.classify(explained,
                new ConnectionTarget("localhost", "127.0.0.1", 5223, TlsMode.DIRECT_TLS, null));
        Failure.UntrustedCertificate untrusted = assertInstanceOf(Failure.UntrustedCertificate.class, failure);
        assertEquals(Certificates.sha256(selfSigned), untrusted.certificate().sha256());
    }

    @Test
    void explainLeavesErrorsAloneWhenNothingWasRefused() {
        PinningTrustManager trust = PinningTrustManager.withSystemTrust("localhost", null);
        IOException error = new IOException("Connection refused");

        assertSame(error, trust.explain(error));
        assertEquals(0, error.getSuppressed().length);
    }

    @Test
    void fingerprintIsColonSeparatedUpperCaseSha256() {
        String fingerprint = Certificates.sha256(selfSigned);

        assertTrue(fingerprint.matches("([0-9A-F]{2}:){31}[0-9A-F]{2}"), fingerprint);
    }

    @Test
    void describeCopiesNamesValidityAndFingerprint() {
        CertificateInfo info = Certificates.describe(selfSigned);

        assertEquals(selfSigned.getNotBefore().toInstant(), info.notBefore());
        assertEquals(selfSigned.getNotAfter().toInstant(), info.notAfter());
        assertEquals(Certificates.sha256(selfSigned), info.sha256());
        assertTrue(info.isValidAt(selfSigned.getNotBefore().toInstant().plusSeconds(60)));
    }

    @Test
    void sameFingerprintIgnoresCaseAndSeparators() {
        String fingerprint = Certificates.sha256(selfSigned);
        for (String typed : List.of(fingerprint.toLowerCase(Locale.ROOT), fingerprint.replace(":", ""),
                fingerprint.replace(":", " "), fingerprint.replace(":", "-").toLowerCase(Locale.ROOT))) {
            assertTrue(Certificates.sameFingerprint(fingerprint, typed), typed);
        }
    }

    @Test
    void differentOrMissingFingerprintsDoNotMatch() {
        assertFalse(Certificates.sameFingerprint(Certificates.sha256(selfSigned), Certificates.sha256(other)));
        assertFalse(Certificates.sameFingerprint(null, Certificates.sha256(other)));
        assertFalse(Certificates.sameFingerprint(Certificates.sha256(other), null));
        assertFalse(Certificates.sameFingerprint("AB:CD", "AB:CD:EF"));
    }

    private static PinningTrustManager at(Instant now, String pin) {
        return new PinningTrustManager("localhost", pin, PinningTrustManager.systemTrustManager(),
                Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void expiredCertificateIsRefusedEvenWhenPinned() {
        Instant afterItsEnd = selfSigned.getNotAfter().toInstant().plusSeconds(1);
        PinningTrustManager trust = at(afterItsEnd, Certificates.sha256(selfSigned));

        PinningTrustManager.ExpiredCertificateException e = assertThrows(
                PinningTrustManager.ExpiredCertificateException.class,
                () -> trust.checkServerTrusted(chain(selfSigned), "RSA"));

        assertEquals(selfSigned.getNotAfter().toInstant(), e.certificate.notAfter());
        Failure.CertificateExpired expired = assertInstanceOf(Failure.CertificateExpired.class,
                Failures.classify(e, null));
        assertEquals("localhost", expired.server());
    }

    @Test
    void pinnedCertificateIsAcceptedUntilItsLastSecond() {
        PinningTrustManager trust = at(selfSigned.getNotAfter().toInstant(), Certificates.sha256(selfSigned));

        assertDoesNotThrow(() -> trust.checkServerTrusted(chain(selfSigned), "RSA"));
    }

    @Test
    void unpinnedCertificateForAnotherNameIsRefusedNamingIt() {
        PinningTrustManager trust = PinningTrustManager.withSystemTrust("localhost", null);

        PinningTrustManager.WrongNameException e = assertThrows(PinningTrustManager.WrongNameException.class,
                () -> trust.checkServerTrusted(chain(wrongName), "RSA"));

        Failure.CertificateNameMismatch mismatch = assertInstanceOf(Failure.CertificateNameMismatch.class,
                Failures.classify(e, null));
        assertEquals(List.of("wrong.example"), mismatch.names());
        assertEquals(Certificates.sha256(wrongName), mismatch.certificate().sha256());
    }

    @Test
    void pinnedCertificateForAnotherNameIsAcceptedAsTheAdminChoseIt() {
        PinningTrustManager trust = PinningTrustManager.withSystemTrust("localhost", Certificates.sha256(wrongName));

        assertDoesNotThrow(() -> trust.checkServerTrusted(chain(wrongName), "RSA"));
    }

    @Test
    void namesMatchExactlyOrByAWildcardForOneLabel() {
        assertEquals(List.of("localhost"), Certificates.names(selfSigned));
        assertTrue(Certificates.namesDomain(List.of("XMPP.example.org"), "xmpp.example.org"));
        assertTrue(Certificates.namesDomain(List.of("*.example.org"), "xmpp.example.org"));
        assertFalse(Certificates.namesDomain(List.of("*.example.org"), "example.org"));
        assertFalse(Certificates.namesDomain(List.of("*.example.org"), "a.b.example.org"));
        assertFalse(Certificates.namesDomain(List.of("example.org.evil"), "example.org"));
        assertFalse(Certificates.namesDomain(List.of(), "example.org"));
    }
}
