package org.invitemanager.xmpp;

import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.net.Socket;
import java.time.Clock;
import java.util.List;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import org.invitemanager.domain.CertificateInfo;

/**
 * Trusts what the system trusts, plus one certificate the admin pinned for this server. Anything else is refused with
 * an exception that carries the certificate, so the app can ask the admin or warn that the pin no longer matches.
 */
final class PinningTrustManager extends X509ExtendedTrustManager {

    private final String server;
    private final String pinnedSha256;
    private final X509ExtendedTrustManager system;
    private final Clock clock;
    private volatile CertificateException lastRejection;

    PinningTrustManager(String server, String pinnedSha256, X509ExtendedTrustManager system) {
        this(server, pinnedSha256, system, Clock.systemUTC());
    }

    PinningTrustManager(String server, String pinnedSha256, X509ExtendedTrustManager system, Clock clock) {
        this.server = server;
        this.pinnedSha256 = pinnedSha256;
        this.system = system;
        this.clock = clock;
    }

    static PinningTrustManager withSystemTrust(String server, String pinnedSha256) {
        return new PinningTrustManager(server, pinnedSha256, systemTrustManager());
    }

    String pinnedSha256() {
        return pinnedSha256;
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        check(chain, () -> system.checkServerTrusted(chain, authType));
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        // The socket variant lets the JDK check the name in SNI, which direct TLS relies on.
        check(chain, () -> system.checkServerTrusted(chain, authType, socket));
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        check(chain, () -> system.checkServerTrusted(chain, authType, engine));
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        checkClientTrusted(chain, authType);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        checkClientTrusted(chain, authType);
    }

    private interface SystemCheck {
        void run() throws CertificateException;
    }

    private void check(X509Certificate[] chain, SystemCheck systemCheck) throws CertificateException {
        if (chain == null || chain.length == 0) {
            throw new CertificateException("The server sent no certificate");
        }
        CertificateInfo presented = Certificates.describe(chain[0]);
        // Expiry comes before the pin: a pin says which certificate is the server's, not that it may be used past
        // its end, and offering to trust an expired one would only lead to the same refusal.
        if (clock.instant().isAfter(presented.notAfter())) {
            throw rejected(new ExpiredCertificateException(server, presented));
        }
        // A pin is checked next: once the admin trusted one certificate, any other is a change to confirm, even
        // one the system would accept.
        if (pinnedSha256 != null) {
            if (Certificates.sameFingerprint(pinnedSha256, presented.sha256())) {
                return;
            }
            throw rejected(new CertificateChangedException(server, pinnedSha256, presented));
        }
        if (!isSystemTrusted(systemCheck)) {
            List<String> names = Certificates.names(chain[0]);
            if (!Certificates.namesDomain(names, server)) {
                throw rejected(new WrongNameException(server, presented, names));
            }
            throw rejected(new UntrustedCertificateException(server, presented));
        }
    }

    private static boolean isSystemTrusted(SystemCheck systemCheck) {
        try {
            systemCheck.run();
            return true;
        } catch (CertificateException notSystemTrusted) {
            return false;
        }
    }

    private CertificateException rejected(CertificateException reason) {
        lastRejection = reason;
        return reason;
    }

    /**
     * Attaches this manager's last refusal to a connection error. With direct TLS the socket often reports only
     * "connection closed", and the refusal's details would be lost.
     */
    Throwable explain(Throwable error) {
        CertificateException rejection = lastRejection;
        if (rejection != null && error != null && error != rejection) {
            error.addSuppressed(rejection);
        }
        return error;
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("This app does not accept client connections");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return system.getAcceptedIssuers();
    }

    static X509ExtendedTrustManager systemTrustManager() {
        try {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init((KeyStore) null);
            for (TrustManager manager : factory.getTrustManagers()) {
                if (manager instanceof X509ExtendedTrustManager x509) {
                    return x509;
                }
            }
            throw new IllegalStateException("The JDK offers no X.509 trust manager");
        } catch (NoSuchAlgorithmException | KeyStoreException e) {
            throw new IllegalStateException("Cannot load the system trust store", e);
        }
    }

    /** The certificate is trusted neither by the system nor by a pin. */
    static final class UntrustedCertificateException extends CertificateException {
        final transient String server;
        final transient CertificateInfo certificate;

        UntrustedCertificateException(String server, CertificateInfo certificate) {
            super("Untrusted certificate " + certificate.sha256());
            this.server = server;
            this.certificate = certificate;
        }
    }

    /** The certificate's validity ended. */
    static final class ExpiredCertificateException extends CertificateException {
        final transient String server;
        final transient CertificateInfo certificate;

        ExpiredCertificateException(String server, CertificateInfo certificate) {
            super("Certificate " + certificate.sha256() + " expired on " + certificate.notAfter());
            this.server = server;
            this.certificate = certificate;
        }
    }

    /** The certificate is not trusted, and is for other names than the server's. */
    static final class WrongNameException extends CertificateException {
        final transient String server;
        final transient CertificateInfo certificate;
        final transient List<String> names;

        WrongNameException(String server, CertificateInfo certificate, List<String> names) {
            super("Certificate " + certificate.sha256() + " is for " + names + ", not " + server);
            this.server = server;
            this.certificate = certificate;
            this.names = names;
        }
    }

    /** The certificate differs from the one pinned for this server. */
    static final class CertificateChangedException extends CertificateException {
        final transient String server;
        final transient String pinned;
        final transient CertificateInfo presented;

        CertificateChangedException(String server, String pinned, CertificateInfo presented) {
            super("Certificate changed from " + pinned + " to " + presented.sha256());
            this.server = server;
            this.pinned = pinned;
            this.presented = presented;
        }
    }
}
