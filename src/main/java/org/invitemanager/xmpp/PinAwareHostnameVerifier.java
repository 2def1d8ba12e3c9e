package org.invitemanager.xmpp;

import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;
import org.jivesoftware.smack.java7.XmppHostnameVerifier;

/**
 * Smack's XMPP name check, except for the one certificate the admin pinned: trusting that exact certificate is a
 * stronger statement than any name in it.
 */
final class PinAwareHostnameVerifier implements HostnameVerifier {

    private final String pinnedSha256;
    private final HostnameVerifier names = new XmppHostnameVerifier();

    PinAwareHostnameVerifier(String pinnedSha256) {
        this.pinnedSha256 = pinnedSha256;
    }

    @Override
    public boolean verify(String hostname, SSLSession session) {
        if (pinnedSha256 != null) {
            try {
                Certificate[] chain = session.getPeerCertificates();
                if (chain.length > 0 && chain[0] instanceof X509Certificate leaf
                        && Certificates.sameFingerprint(pinnedSha256, Certificates.sha256(leaf))) {
                    return true;
                }
            } catch (SSLPeerUnverifiedException e) {
                return false;
            }
        }
        return names.verify(hostname, session);
    }
}
