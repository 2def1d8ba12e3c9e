package org.invitemanager.testsupport;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.invitemanager.domain.LoginRequest;
import org.invitemanager.domain.TlsMode;
import org.invitemanager.xmpp.Certificates;
import org.invitemanager.xmpp.ConnectionTarget;
import org.invitemanager.xmpp.SmackXmppSession;
import org.jivesoftware.smack.ConnectionConfiguration.SecurityMode;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jivesoftware.smack.tcp.XMPPTCPConnectionConfiguration;
import org.jivesoftware.smackx.iqregister.AccountManager;
import org.jxmpp.jid.parts.Localpart;

/** Ways into a test server: the app's own types, and a plain Smack login as a second, independent client. */
public final class TestAccounts {

    private static final AtomicInteger NAMES = new AtomicInteger();

    private TestAccounts() {
    }

    public static String pin(ProsodyServer server) {
        return Certificates.sha256(server.certificate());
    }

    public static ConnectionTarget target(ProsodyServer server) {
        return new ConnectionTarget(server.domain(), server.host(), server.port(), TlsMode.STARTTLS, pin(server));
    }

    public static LoginRequest login(ProsodyServer server, String jid) {
        return new LoginRequest(jid, server.host(), server.port(), TlsMode.STARTTLS);
    }

    /** A user name no test has used yet, so tests can run in any order against one server. */
    public static String freshName(String prefix) {
        return prefix + NAMES.incrementAndGet() + "x" + Long.toString(System.nanoTime() % 100_000, 36);
    }

    /** The app's own session, logged in as the server's admin with its certificate pinned; the caller closes it. */
    public static SmackXmppSession adminSession(ProsodyServer server) {
        SmackXmppSession session = new SmackXmppSession();
        try {
            session.login(login(server, server.adminJid()), server.adminPassword(), pin(server))
                    .orTimeout(20, TimeUnit.SECONDS).join();
            return session;
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
    }

    /** Logs in with plain Smack, trusting exactly the server's certificate; the caller disconnects. */
    public static XMPPTCPConnection smackLogin(ProsodyServer server, String user, String password) throws Exception {
        XMPPTCPConnectionConfiguration config = trusting(server).setUsernameAndPassword(user, password).build();
        XMPPTCPConnection connection = new XMPPTCPConnection(config);
        connection.connect().login();
        return connection;
    }

    /** Registers an account with XEP-0077 and no invite at all, as anyone on the internet could try. */
    public static void registerWithoutInvite(ProsodyServer server, String name, String password) throws Exception {
        XMPPTCPConnectionConfiguration config = trusting(server).build();
        XMPPTCPConnection connection = new XMPPTCPConnection(config);
        try {
            connection.connect();
            AccountManager.getInstance(connection).createAccount(Localpart.from(name), password);
        } finally {
            connection.disconnect();
        }
    }

    /** STARTTLS to the test server, trusting exactly its certificate; no presence, so tests see no side effects. */
    private static XMPPTCPConnectionConfiguration.Builder trusting(ProsodyServer server) throws Exception {
        return XMPPTCPConnectionConfiguration.builder()
                .setXmppDomain(server.domain())
                .setHost(server.host())
                .setPort(server.port())
                .setSecurityMode(SecurityMode.required)
                .setCustomX509TrustManager(ProsodyServer.trustManagerFor(server.certificate()))
                .setSendPresence(false);
    }
}
