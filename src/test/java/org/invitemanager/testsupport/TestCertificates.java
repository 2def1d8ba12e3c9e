package org.invitemanager.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/** Self-signed certificates for loopback test servers, and trust managers that trust exactly one of them. */
public final class TestCertificates {

    private TestCertificates() {
    }

    /** Writes a fresh RSA key and a self-signed certificate for {@code DNS:localhost}, valid for 30 days. */
    public static X509Certificate generateLocalhost(Path key, Path certificate) {
        String openssl = Commands.onPath("openssl").orElseThrow(() -> new IllegalStateException(
                "openssl is not on PATH; it is needed to make the test server's certificate "
                        + "(apt-get install -y openssl)")).toString();
        Commands.run(List.of(openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "30",
                "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost",
                "-keyout", key.toString(), "-out", certificate.toString()));
        return load(certificate);
    }

    public static X509Certificate load(Path pem) {
        try (InputStream in = Files.newInputStream(pem)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read certificate " + pem, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Not an X.509 certificate: " + pem, e);
        }
    }

    /** A trust manager that accepts chains ending in this certificate and nothing else (no system CAs). */
    public static X509TrustManager trustManagerFor(X509Certificate certificate) {
        try {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            store.setCertificateEntry("trusted", certificate);
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(store);
            return Arrays.stream(factory.getTrustManagers())
                    .filter(X509TrustManager.class::isInstance)
                    .map(X509TrustManager.class::cast)
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("No X509TrustManager from " + factory.getAlgorithm()));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot build a trust manager for " + certificate.getSubjectX500Principal(),
                    e);
        }
    }
}
