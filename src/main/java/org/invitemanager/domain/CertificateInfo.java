package org.invitemanager.domain;

import java.time.Instant;

/**
 * The facts about a server certificate that an admin needs to decide whether to trust it.
 *
 * @param subject   the subject's distinguished name
 * @param issuer    the issuer's distinguished name
 * @param notBefore start of validity
 * @param notAfter  end of validity
 * @param sha256    the SHA-256 fingerprint of the DER encoding, as colon-separated upper-case hex
 */
public record CertificateInfo(String subject, String issuer, Instant notBefore, Instant notAfter, String sha256) {

    public boolean isSelfSigned() {
        return subject.equals(issuer);
    }

    public boolean isValidAt(Instant when) {
        return !when.isBefore(notBefore) && !when.isAfter(notAfter);
    }
}
