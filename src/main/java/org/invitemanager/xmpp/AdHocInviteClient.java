package org.invitemanager.xmpp;

import java.util.logging.Logger;
import org.invitemanager.domain.Failure;
import org.invitemanager.domain.FailureException;
import org.invitemanager.domain.Invite;
import org.invitemanager.domain.InviteKind;
import org.invitemanager.domain.ServerCapabilities;
import org.jivesoftware.smack.XMPPConnection;
import org.jivesoftware.smackx.commands.AdHocCommand;
import org.jivesoftware.smackx.commands.AdHocCommandManager;
import org.jivesoftware.smackx.commands.RemoteCommand;

/** Runs the server's invite commands (XEP-0050) and reads the invite out of the answer. */
final class AdHocInviteClient {

    private static final Logger LOG = Logger.getLogger(AdHocInviteClient.class.getName());

    private final XMPPConnection connection;

    AdHocInviteClient(XMPPConnection connection) {
        this.connection = connection;
    }

    Invite create(InviteKind kind) throws Exception {
        RemoteCommand command = AdHocCommandManager.getAddHocCommandsManager(connection)
                .getRemoteCommand(connection.getXMPPServiceDomain(), ServerCapabilities.nodeFor(kind));
        command.execute();
        if (command.getStatus() == AdHocCommand.Status.executing) {
            // Multi-stage commands (ejabberd, Prosody 13's reset) need a form filled in, which this path does not do.
            cancelQuietly(command);
            throw new FailureException(new Failure.InvalidResponse(
                    "The server asks for more details before it creates this invite."));
        }
        return InviteResultParser.parse(kind, SmackCommandResults.of(command));
    }

    private static void cancelQuietly(RemoteCommand command) {
        try {
            command.cancel();
        } catch (Exception e) {
            LOG.fine(() -> "cancel after an unsupported stage failed: " + e.getClass().getSimpleName());
        }
    }
}
