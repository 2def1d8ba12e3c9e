package org.invitemanager.ui.invites;

import org.invitemanager.domain.InviteKind;
import org.invitemanager.domain.ServerCapabilities;
import org.invitemanager.domain.SessionInfo;

/** Explains in one or two sentences what this account can do on this server, and why not more. */
final class CapabilityNotes {

    private CapabilityNotes() {
    }

    static String describe(SessionInfo info) {
        ServerCapabilities caps = info.capabilities();
        String domain = info.domain();
        if (!caps.hasAnyInviteCommand()) {
            String modules = "Enable the Prosody modules \"invites\", \"invites_adhoc\" and \"invites_register\" in "
                    + "its modules_enabled, then restart it.";
            if (!caps.hasAdminCommands()) {
                return domain + " offers " + info.account() + " no invite commands and no admin commands, so this "
                        + "account is probably not an administrator. If it is, check the server: " + modules;
            }
            return domain + " offers no invite commands. " + modules;
        }
        if (!caps.isAdmin()) {
            return caps.canCreate(InviteKind.CONTACT)
                    ? info.account() + " is not an administrator of " + domain + "; it can only create contact invites."
                    : info.account() + " is not an administrator of " + domain + ".";
        }
        if (caps.hasCompanion()) {
            return "You can create account, contact and password reset invites with every option, list and revoke "
                    + "invites, and choose who may register (Invite Manager module "
                    + (caps.canManagePolicy() ? "present)." : "present, without the policy command).");
        }
        if (!caps.canCreate(InviteKind.CONTACT)) {
            return "You can create account invites. This server does not offer contact invites.";
        }
        return "You can create account and contact invites.";
    }
}
