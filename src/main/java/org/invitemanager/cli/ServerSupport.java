package org.invitemanager.cli;

import org.invitemanager.domain.ServerCapabilities;
import org.invitemanager.domain.SessionInfo;

/** Checks, right after login, that the server offers what a command needs, and says plainly when it does not. */
final class ServerSupport {

    private ServerSupport() {
    }

    /** @param action what the command does, such as "list invites" */
    static void requireCompanion(SessionInfo info, String action) throws CliException {
        requireAdmin(info, action);
        if (!info.capabilities().hasCompanion()) {
            throw missingModule(info, action);
        }
    }

    static void requirePolicyCommand(SessionInfo info) throws CliException {
        String action = "read or set the registration policy";
        requireAdmin(info, action);
        if (!info.capabilities().canManagePolicy()) {
            throw missingModule(info, action);
        }
    }

    private static void requireAdmin(SessionInfo info, String action) throws CliException {
        ServerCapabilities caps = info.capabilities();
        if (!caps.isAdmin() && !caps.hasAdminCommands()) {
            throw new CliException(ExitCodes.REFUSED_BY_SERVER, info.account() + " is not an administrator of "
                    + info.domain() + ", so it cannot " + action + ".");
        }
    }

    private static CliException missingModule(SessionInfo info, String action) {
        return new CliException(ExitCodes.REFUSED_BY_SERVER, "Cannot " + action + ": " + info.domain()
                + " does not have the Invite Manager module (mod_invite_manager). " + CliMessages.COMPANION_ADDS);
    }
}
