package org.invitemanager.xmpp;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.invitemanager.domain.CertificateInfo;

/** Describes X.509 certificates the way the trust prompt and the pin store need them. */
public final class Certificates {

    private static final int DNS_NAME = 2;
    private static final Pattern COMMON_NAME = Pattern.compile("(?:^|,)CN=([^,]+)");

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

    /**
     * The DNS names the certificate is for: its subjectAltName DNS entries, else its subject's common name, which
     * RFC 6125 allows only when there are none.
     */
    public static List<String> names(X509Certificate certificate) {
        List<String> names = new ArrayList<>();
        try {
            Collection<List<?>> alternatives = certificate.getSubjectAlternativeNames();
            if (alternatives != null) {
                for (List<?> entry : alternatives) {
                    if (entry.size() >= 2 && Integer.valueOf(DNS_NAME).equals(entry.get(0))) {
                        names.add(String.valueOf(entry.get(1)));
                    }
                }
            }
        } catch (CertificateParsingException e) {
            return List.of();
        }
        if (names.isEmpty()) {
            Matcher cn = COMMON_NAME.matcher(certificate.getSubjectX500Principal().getName());
            if (cn.find()) {
                names.add(cn.group(1));
            }
        }
        return List.copyOf(names);
    }

    /** Whether one of {@code names} is {@code domain}, a wildcard matching only its first label included. */
    public static boolean namesDomain(List<String> names, String domain) {
        String wanted = domain.toLowerCase(Locale.ROOT);
        for (String name : names) {
            String candidate = name.toLowerCase(Locale.ROOT);
            if (candidate.equals(wanted)) {
                return true;
            }
            int dot = wanted.indexOf('.');
            if (candidate.startsWith("*.") && dot > 0 && candidate.substring(1).equals(wanted.substring(dot))) {
                return true;
            }
        }
        return false;
    }

    /** Whether two fingerprints are equal, ignoring case and separators, so pins typed by hand still match. */
    public static boolean sameFingerprint(String a, String b) {
        return a != null && b != null && normalise(a).equals(normalise(b));
    }

    private static String normalise(String fingerprint) {
        return fingerprint.replaceAll("[^0-9A-Fa-f]", "").toUpperCase(Locale.ROOT);
    }
}
