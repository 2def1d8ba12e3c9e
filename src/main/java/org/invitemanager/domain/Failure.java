package org.invitemanager.domain;

import java.util.List;

/** Why an operation failed, in the few kinds that the user interface tells apart. */
public sealed interface Failure {

    /** The server did not answer in time. */
    record Timeout() implements Failure { }

    /** No connection to the server could be made. */
    record Unreachable(String host, int port) implements Failure { }

    /** The connection was lost, or there was none when an operation needed one. */
    record ConnectionLost() implements Failure { }

    /** The server rejected the account name or password. */
    record AuthFailed() implements Failure { }

    /** The server presented a certificate that neither the system nor a pin trusts. */
    record UntrustedCertificate(String server, CertificateInfo certificate) implements Failure { }

    /** The server presented a certificate other than the one pinned for it. */
    record CertificateChanged(String server, String pinnedSha256, CertificateInfo presented) implements Failure { }

    /**
     * The server presented a certificate past its end of validity; refused even when pinned, since trusting it again
     * would not make it valid.
     */
    record CertificateExpired(String server, CertificateInfo certificate) implements Failure { }

    /**
     * The server presented a certificate that is not trusted and does not name the server's domain.
     *
     * @param names the DNS names the certificate is for, or its common name when it lists none
     */
    record CertificateNameMismatch(String server, CertificateInfo certificate, List<String> names)
            implements Failure {

        public CertificateNameMismatch {
            names = List.copyOf(names);
        }
    }

    /** TLS failed for another reason: no TLS offered, a bad certificate name, a handshake error. */
    record TlsFailed(String detail) implements Failure { }

    /** The server says this account may not run the operation. */
    record Forbidden(String text) implements Failure { }

    /** The server answered with an error; {@code condition} is the XMPP error condition. */
    record ServerError(String condition, String text) implements Failure { }

    /** The server answered, but not with anything the app can use. */
    record InvalidResponse(String detail) implements Failure { }

    /** Input the app cannot work with, such as a QR payload that does not fit a QR code. */
    record InvalidInput(String detail) implements Failure { }

    /** The user cancelled the operation. */
    record Cancelled() implements Failure { }

    /** Anything else; the details are in the log. */
    record Unexpected(String detail) implements Failure { }
}
