package org.invitemanager.xmpp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.invitemanager.domain.FailureException;
import org.invitemanager.domain.ServerCapabilities;
import org.invitemanager.domain.command.AdminCommand;
import org.jivesoftware.smack.XMPPConnection;
import org.jivesoftware.smack.XMPPException;
import org.jivesoftware.smackx.disco.ServiceDiscoveryManager;
import org.jivesoftware.smackx.disco.packet.DiscoverItems;

/** Learns what the logged-in account may do from the server's command list (XEP-0050 discovery). */
final class CapabilityDiscovery {

    private static final Logger LOG = Logger.getLogger(CapabilityDiscovery.class.getName());

    private CapabilityDiscovery() {
    }

    static ServerCapabilities discover(XMPPConnection connection, String domain) throws Exception {
        DiscoverItems items;
        try {
            items = commandItems(connection);
        } catch (XMPPException.XMPPErrorException e) {
            // A server without ad-hoc commands is a capability to explain, not a failed login.
            LOG.info(() -> "no command list from " + domain + ": " + e.getStanzaError().getCondition());
            return new ServerCapabilities(domain, Set.of());
        }
        Set<String> nodes = new HashSet<>();
        for (DiscoverItems.Item item : items.getItems()) {
            if (item.getNode() != null) {
                nodes.add(item.getNode());
            }
        }
        ServerCapabilities found = new ServerCapabilities(domain, nodes);
        return found.hasCompanion() ? found.withRoles(roles(connection, domain)) : found;
    }

    /** The server's command list, read without Smack's command manager, whose stanza classes the app replaces. */
    static DiscoverItems commandItems(XMPPConnection connection) throws Exception {
        return ServiceDiscoveryManager.getInstanceFor(connection)
                .discoverItems(connection.getXMPPServiceDomain(), CommandIq.NAMESPACE);
    }

    /** The commands the server offers this account, with their names, in the server's order. */
    static List<AdminCommand> commands(XMPPConnection connection) throws Exception {
        List<AdminCommand> commands = new ArrayList<>();
        for (DiscoverItems.Item item : commandItems(connection).getItems()) {
            if (item.getNode() != null && !item.getNode().isBlank()) {
                commands.add(new AdminCommand(item.getNode(), item.getName()));
            }
        }
        return commands;
    }

    // The role choice is a nicety: a module that will not show its form must not stop the login.
    private static List<String> roles(XMPPConnection connection, String domain) throws Exception {
        try {
            return new CompanionClient(connection).roles();
        } catch (XMPPException.XMPPErrorException | FailureException e) {
            LOG.info(() -> "no role list from " + domain + ": " + e.getClass().getSimpleName());
            return List.of();
        }
    }
}
