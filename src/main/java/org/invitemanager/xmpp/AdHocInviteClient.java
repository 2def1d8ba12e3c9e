package org.invitemanager.xmpp;

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

    Invite create(InviteKind kind) throws Exception {
        // Multi-stage commands (ejabberd, Prosody 13's reset) need a form filled in, which this path does not do.
        return InviteResultParser.parse(kind, new CommandStages(connection).run(ServerCapabilities.nodeFor(kind), null));
    }
}
