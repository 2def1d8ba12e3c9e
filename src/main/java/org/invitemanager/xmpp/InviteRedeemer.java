package org.invitemanager.xmpp;

import org.invitemanager.domain.Failure;
import org.invitemanager.domain.FailureException;
import org.invitemanager.domain.InviteUri;
import org.invitemanager.domain.TlsMode;
import org.jivesoftware.smack.filter.StanzaIdFilter;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jivesoftware.smackx.iqregister.AccountManager;
import org.jxmpp.jid.parts.Localpart;
import org.jxmpp.stringprep.XmppStringprepException;

/**
 * Registers an account with an invite, the way a phone app does: a fresh unauthenticated connection, the preauth
 * token, then in-band registration on the same stream (XEP-0401 + XEP-0077).
 */
public final class InviteRedeemer {

    private InviteRedeemer() {
    }

    /**
     * Creates {@code username} with {@code password} using the invite; blocks until the server has answered.
     *
     * @throws FailureException when the invite is refused ({@link Failure.Forbidden}), the name is taken or invalid
     *                          ({@link Failure.ServerError}), or the connection fails
     */
    public static void register(ConnectionTarget target, String inviteUri, String username, String password) {
        InviteUri invite;
        Localpart localpart;
        try {
            invite = InviteUri.parse(inviteUri);
            localpart = Localpart.from(username);
        } catch (IllegalArgumentException e) {
            throw new FailureException(new Failure.InvalidInput(e.getMessage()));
        } catch (XmppStringprepException e) {
            throw new FailureException(new Failure.InvalidInput("\"" + username + "\" is not a valid user name."));
        }
        String token = invite.token().orElseThrow(
                () -> new FailureException(new Failure.InvalidInput("The invite link has no token.")));
        SmackConnections.Trusted created = SmackConnections.create(target, null, null);
        XMPPTCPConnection connection = created.connection();
        try {
            connection.connect();
            PreauthIq preauth = new PreauthIq(connection.getXMPPServiceDomain(), token);
            // IQReplyFilter needs a bound JID, which does not exist before login; match the stanza id instead.
            connection.createStanzaCollectorAndSend(new StanzaIdFilter(preauth.getStanzaId()), preauth)
                    .nextResultOrThrow();
            AccountManager accounts = AccountManager.getInstance(connection);
            if (target.tls() == TlsMode.DIRECT_TLS) {
                // The socket is TLS, but Smack only counts STARTTLS as secure.
                accounts.sensitiveOperationOverInsecureConnection(true);
            }
            accounts.createAccount(localpart, password);
        } catch (Exception e) {
            throw Failures.translate("register with invite", target, created.trust().explain(e));
        } finally {
            connection.disconnect();
        }
    }
}
