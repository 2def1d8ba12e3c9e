package org.invitemanager.xmpp;

import java.util.concurrent.CompletableFuture;
import org.invitemanager.domain.Invite;
import org.invitemanager.domain.InviteKind;
import org.invitemanager.domain.ServerCapabilities;
import org.jivesoftware.smack.XMPPConnection;

/** Runs the server's stock invite commands (XEP-0050) and reads the invite out of the answer. */
final class AdHocInviteClient {

    private final XMPPConnection connection;

    AdHocInviteClient(XMPPConnection connection) {
        this.connection = connection;
    }

    CompletableFuture<Invite> create(InviteKind kind) {
        // Multi-stage commands (ejabberd, Prosody 13's reset) need a form filled in, which this path does not do.
        return new CommandStages(connection).start(ServerCapabilities.nodeFor(kind), null)
                .thenApply(result -> InviteResultParser.parse(kind, result));
    }
}
