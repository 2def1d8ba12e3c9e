package org.invitemanager.xmpp;

import java.security.GeneralSecurityException;
import java.time.Duration;
import javax.net.SocketFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import org.invitemanager.domain.Failure;
import org.invitemanager.domain.FailureException;
import org.invitemanager.domain.TlsMode;
import org.jivesoftware.smack.ConnectionConfiguration.SecurityMode;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jivesoftware.smack.tcp.XMPPTCPConnectionConfiguration;
import org.jivesoftware.smack.util.StringUtils;
import org.jxmpp.jid.impl.JidCreate;
import org.jxmpp.stringprep.XmppStringprepException;

/** Builds Smack connections that always encrypt and trust only the system store plus the server's pin. */
final class SmackConnections {

    static final Duration REPLY_TIMEOUT = Duration.ofSeconds(15);
    private static final int CONNECT_TIMEOUT_MILLIS = 10_000;

    private SmackConnections() {
    }

    /** A connection, the trust manager that checks its certificate, and the factory that made its socket. */
    record Trusted(XMPPTCPConnection connection, PinningTrustManager trust, TrackingSocketFactory sockets) { }

    static Trusted create(ConnectionTarget target, String username, String password) {
        return create(target, username, password, REPLY_TIMEOUT);
    }

    static Trusted create(ConnectionTarget target, String username, String password, Duration replyTimeout) {
        CommandIqProvider.install();
        XMPPTCPConnectionConfiguration.Builder builder = XMPPTCPConnectionConfiguration.builder();
        try {
            builder.setXmppDomain(JidCreate.domainBareFrom(target.domain()));
            // A resource of its own per connection, so a second copy of the app does not replace this session.
            builder.setResource("invite-manager-" + StringUtils.randomString(6));
        } catch (XmppStringprepException e) {
            throw new FailureException(new Failure.InvalidInput("\"" + target.domain() + "\" is not a valid domain."));
        }
        if (username != null) {
            builder.setUsernameAndPassword(username, password);
        }
        if (target.host() != null) {
            builder.setHost(target.host());
            builder.setPort(target.effectivePort());
        } else if (target.tls() == TlsMode.DIRECT_TLS || target.port() > 0) {
            // Smack's DNS lookup finds only STARTTLS endpoints and ignores a port without a host, so connect to the
            // domain itself on the port the admin chose or the direct TLS default.
            builder.setHost(target.domain());
            builder.setPort(target.effectivePort());
        }
        PinningTrustManager trust = PinningTrustManager.withSystemTrust(target.domain(), target.pinnedSha256());
        TrackingSocketFactory sockets;
        if (target.tls() == TlsMode.DIRECT_TLS) {
            // TLS happens in the socket; Smack must not also look for STARTTLS on the encrypted stream.
            sockets = new TrackingSocketFactory(
                    new DirectTlsSocketFactory(sslContext(trust).getSocketFactory(), target.domain()));
            builder.setSecurityMode(SecurityMode.disabled);
        } else {
            sockets = new TrackingSocketFactory(SocketFactory.getDefault());
            builder.setCustomX509TrustManager(trust);
            builder.setHostnameVerifier(new PinAwareHostnameVerifier(target.pinnedSha256()));
            builder.setSecurityMode(SecurityMode.required);
        }
        builder.setSocketFactory(sockets);
        builder.setConnectTimeout((int) Math.min(CONNECT_TIMEOUT_MILLIS, replyTimeout.toMillis()));
        builder.setSendPresence(false);
        // Always set, so smack.debugEnabled can never switch on a debugger that prints passwords and tokens.
        builder.setDebuggerFactory(WireLog.factoryIfEnabled());
        XMPPTCPConnection connection = new XMPPTCPConnection(builder.build());
        connection.setReplyTimeout(replyTimeout.toMillis());
        connection.setUseStreamManagement(false);
        connection.registerIQRequestHandler(new CommandRequestRefusal());
        return new Trusted(connection, trust, sockets);
    }

    private static SSLContext sslContext(TrustManager trust) {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {trust}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("TLS is not available in this Java runtime", e);
        }
    }
}
