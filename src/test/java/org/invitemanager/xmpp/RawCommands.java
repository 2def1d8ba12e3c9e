package org.invitemanager.xmpp;

import java.util.List;
import java.util.Map;
import org.invitemanager.domain.command.CommandAction;
import org.invitemanager.domain.command.CommandStep;
import org.jivesoftware.smack.XMPPConnection;

/**
 * Ad-hoc commands over a bare Smack connection, for tests that act as another XMPP client would: they send exactly
 * the stanzas asked for, without the session's checks. Errors come back as Smack's exceptions.
 */
public final class RawCommands {

    private RawCommands() {
    }

    public static List<String> offeredNodes(XMPPConnection connection) throws Exception {
        return CapabilityDiscovery.commandItems(connection).getItems().stream().map(item -> item.getNode()).toList();
    }

    public static CommandStep execute(XMPPConnection connection, String node) throws Exception {
        CommandIqProvider.install();
        return CommandStages.await(new CommandStages(connection).execute(node));
    }

    public static CommandStep complete(XMPPConnection connection, CommandStep step, Map<String, List<String>> answers)
            throws Exception {
        return CommandStages.await(new CommandStages(connection).proceed(step, CommandAction.COMPLETE, answers));
    }
}
