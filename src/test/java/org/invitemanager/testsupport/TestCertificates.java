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
import java.util.Base64;
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

    /**
     * A self-signed certificate for one DNS name, valid from {@code startDays} from now (negative: in the past) for
     * {@code validityDays}; {@code new Spec("localhost", -40, 10)} expired 30 days ago.
     */
    public record Spec(String name, int startDays, int validityDays) { }

    /**
     * Writes a key and certificate as {@code spec} says, as PEM files prosody reads. Made with the JDK's keytool,
     * since Debian 12's OpenSSL 3.0 cannot back-date a self-signed certificate without a CA set-up.
     */
    public static X509Certificate generate(Spec spec, Path key, Path certificate) {
        Path store = key.resolveSibling("generated.p12");
        String password = "changeit";
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        try {
            Files.deleteIfExists(store);
            Commands.run(List.of(keytool.toString(), "-genkeypair", "-alias", "server", "-keyalg", "RSA",
                    "-keysize", "2048", "-startdate", (spec.startDays() < 0 ? "" : "+") + spec.startDays() + "d",
                    "-validity", Integer.toString(spec.validityDays()), "-dname", "CN=" + spec.name(),
                    "-ext", "SAN=dns:" + spec.name(), "-keystore", store.toString(), "-storetype", "PKCS12",
                    "-storepass", password, "-keypass", password, "-noprompt"));
            KeyStore keys = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(store)) {
                keys.load(in, password.toCharArray());
            }
            X509Certificate generated = (X509Certificate) keys.getCertificate("server");
            Files.writeString(key, pem("PRIVATE KEY", keys.getKey("server", password.toCharArray()).getEncoded()));
            Files.writeString(certificate, pem("CERTIFICATE", generated.getEncoded()));
            Files.delete(store);
            return generated;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the test certificate", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the certificate keytool made", e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
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
