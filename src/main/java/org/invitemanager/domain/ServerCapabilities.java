package org.invitemanager.domain;

import java.util.Set;

/**
 * What the logged-in account may do on its server, as learned from the server's list of ad-hoc commands.
 *
 * @param domain       the server's XMPP domain
 * @param commandNodes every command node the server offered to this account
 */
public record ServerCapabilities(String domain, Set<String> commandNodes) {

    public static final String CREATE_ACCOUNT_NODE = "urn:xmpp:invite#create-account";
    public static final String CONTACT_INVITE_NODE = "urn:xmpp:invite#invite";
    public static final String PASSWORD_RESET_NODE = "xmpp:prosody.im/mod_invites_adhoc#password-reset";

    public ServerCapabilities {
        commandNodes = Set.copyOf(commandNodes);
    }

    public boolean canCreate(InviteKind kind) {
        return commandNodes.contains(nodeFor(kind));
    }

    /** Servers show the create-account command to admins only, so its absence means a plain user. */
    public boolean isAdmin() {
        return canCreate(InviteKind.ACCOUNT);
    }

    /** Whether the account sees any XEP-0133 admin command, a sign that the server counts it as an admin. */
    public boolean hasAdminCommands() {
        return commandNodes.stream().anyMatch(node -> node.startsWith("http://jabber.org/protocol/admin#"));
    }

    public boolean hasAnyInviteCommand() {
        for (InviteKind kind : InviteKind.values()) {
            if (canCreate(kind)) {
                return true;
            }
        }
        return false;
    }

    public static String nodeFor(InviteKind kind) {
        return switch (kind) {
            case ACCOUNT -> CREATE_ACCOUNT_NODE;
            case CONTACT -> CONTACT_INVITE_NODE;
            case PASSWORD_RESET -> PASSWORD_RESET_NODE;
        };
    }
}
