package org.invitemanager.ui.invites;

import org.invitemanager.domain.InviteKind;
import org.invitemanager.domain.ServerCapabilities;
import org.invitemanager.domain.SessionInfo;
import org.invitemanager.ui.Texts;

/** Explains in one or two sentences what this account can do on this server, and why not more. */
final class CapabilityNotes {

    private CapabilityNotes() {
    }

    static String describe(SessionInfo info) {
        ServerCapabilities caps = info.capabilities();
        String domain = info.domain();
        String account = info.account();
        if (!caps.hasAnyInviteCommand()) {
            return caps.hasAdminCommands() ? Texts.format("capability.noInviteCommands", domain)
                    : Texts.format("capability.noCommandsAtAll", domain, account);
        }
        if (!caps.isAdmin()) {
            return caps.canCreate(InviteKind.CONTACT) ? Texts.format("capability.notAdminContactOnly", domain, account)
                    : Texts.format("capability.notAdmin", domain, account);
        }
        if (caps.hasCompanion()) {
            return caps.canManagePolicy() ? Texts.get("capability.companion")
                    : Texts.get("capability.companionWithoutPolicy");
        }
        if (!caps.canCreate(InviteKind.CONTACT)) {
            return Texts.get("capability.accountOnly");
        }
        return Texts.get("capability.accountAndContact");
    }
}
