package org.invitemanager.xmpp;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Locale;
import org.invitemanager.domain.CertificateInfo;

/** Describes X.509 certificates the way the trust prompt and the pin store need them. */
public final class Certificates {

    private Certificates() {
    }

    public static CertificateInfo describe(X509Certificate certificate) {
        return new CertificateInfo(
                certificate.getSubjectX500Principal().getName(),
                certificate.getIssuerX500Principal().getName(),
                certificate.getNotBefore().toInstant(),
                certificate.getNotAfter().toInstant(),
                sha256(certificate));
    }

    /** SHA-256 over the DER encoding, as {@code AB:CD:…}, the form browsers and openssl print. */
    public static String sha256(X509Certificate certificate) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("Cannot fingerprint certificate", e);
        }
    }

    /** Whether two fingerprints are equal, ignoring case and separators, so pins typed by hand still match. */
    public static boolean sameFingerprint(String a, String b) {
        return a != null && b != null && normalise(a).equals(normalise(b));
    }

    private static String normalise(String fingerprint) {
        return fingerprint.replaceAll("[^0-9A-Fa-f]", "").toUpperCase(Locale.ROOT);
    }
}
