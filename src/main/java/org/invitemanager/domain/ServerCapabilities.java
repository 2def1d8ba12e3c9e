package org.invitemanager.domain;

import java.util.List;
import java.util.Set;

/**
 * What the logged-in account may do on its server, as learned from the server's list of ad-hoc commands.
 *
 * @param domain       the server's XMPP domain
 * @param commandNodes every command node the server offered to this account
 * @param roles        the roles the companion module can give new accounts; empty without it
 */
public record ServerCapabilities(String domain, Set<String> commandNodes, List<String> roles) {

    public static final String CREATE_ACCOUNT_NODE = "urn:xmpp:invite#create-account";
    public static final String CONTACT_INVITE_NODE = "urn:xmpp:invite#invite";
    public static final String PASSWORD_RESET_NODE = "xmpp:prosody.im/mod_invites_adhoc#password-reset";

    /** The companion module's own namespace (src/main/prosody/mod_invite_manager.lua). */
    public static final String COMPANION_NS = "urn:x-invite-manager:companion:1";
    public static final String COMPANION_CREATE_NODE = COMPANION_NS + "#create";
    public static final String COMPANION_LIST_NODE = COMPANION_NS + "#list";
    public static final String COMPANION_REVOKE_NODE = COMPANION_NS + "#revoke";
    public static final String COMPANION_CLEANUP_NODE = COMPANION_NS + "#cleanup";
    public static final String COMPANION_POLICY_NODE = COMPANION_NS + "#policy";

    public ServerCapabilities {
        commandNodes = Set.copyOf(commandNodes);
        roles = List.copyOf(roles);
    }

    public ServerCapabilities(String domain, Set<String> commandNodes) {
        this(domain, commandNodes, List.of());
    }

    /** Whether the companion module offers this account its invite options, list and revoke. */
    public boolean hasCompanion() {
        return commandNodes.containsAll(Set.of(COMPANION_CREATE_NODE, COMPANION_LIST_NODE, COMPANION_REVOKE_NODE));
    }

    public boolean canManagePolicy() {
        return commandNodes.contains(COMPANION_POLICY_NODE);
    }

    public ServerCapabilities withRoles(List<String> newRoles) {
        return new ServerCapabilities(domain, commandNodes, newRoles);
    }

    /** Whether the account can create this kind: with the companion module every kind, else the stock command's. */
    public boolean canCreate(InviteKind kind) {
        return commandNodes.contains(COMPANION_CREATE_NODE) || commandNodes.contains(nodeFor(kind));
    }

    /** Servers show the create-account command to admins only, so its absence means a plain user. */
    public boolean isAdmin() {
        return commandNodes.contains(CREATE_ACCOUNT_NODE) || commandNodes.contains(COMPANION_CREATE_NODE);
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
