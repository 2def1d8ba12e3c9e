package org.invitemanager.xmpp;

import java.util.concurrent.CompletableFuture;
import org.invitemanager.domain.Invite;
import org.invitemanager.domain.InviteOptions;
import org.invitemanager.domain.ServerCapabilities;
import org.invitemanager.domain.form.FormAnswers;
import org.jivesoftware.smack.XMPPConnection;

/**
 * Runs the server's stock invite commands (XEP-0050) and reads the invite out of the answer. Prosody 0.12 answers in
 * one stage; ejabberd's create-account and Prosody 13's password reset first show a form, which is filled here from
 * the admin's options (username, account), leaving the server's defaults in the rest.
 */
final class AdHocInviteClient {

    private final XMPPConnection connection;

    AdHocInviteClient(XMPPConnection connection) {
        this.connection = connection;
    }

    CompletableFuture<Invite> create(InviteOptions options) {
        String domain = connection.getXMPPServiceDomain().toString();
        return new CommandStages(connection).start(ServerCapabilities.nodeFor(options.kind()),
                        form -> fill(form, options, domain))
                .thenApply(result -> InviteResultParser.parse(options.kind(), result));
    }

    /** Fills the fields known from ejabberd (username) and Prosody 13 (accountjid). */
    static void fill(FormAnswers form, InviteOptions options, String domain) {
        String username = options.username();
        if (username == null) {
            return;
        }
        form.setIfPresent("username", username);
        form.setIfPresent("accountjid", username.contains("@") ? username : username + "@" + domain);
    }
}
