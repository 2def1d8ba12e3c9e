package org.invitemanager.ui;

import org.invitemanager.domain.SessionInfo;
import org.invitemanager.ui.bulk.BulkViewModel;
import org.invitemanager.ui.commands.CommandsViewModel;
import org.invitemanager.ui.invites.CreateInviteViewModel;
import org.invitemanager.ui.invites.InviteListViewModel;
import org.invitemanager.ui.invites.InvitesViewModel;
import org.invitemanager.ui.server.ServerSettingsViewModel;

/** The screens behind a login, started and stopped together as the session comes and goes. */
public record Workspace(InvitesViewModel invites, CreateInviteViewModel create, InviteListViewModel list,
                        ServerSettingsViewModel server, BulkViewModel bulk,
                        CommandsViewModel commands) {

    void start(SessionInfo info) {
        invites.start(info);
        create.start(info);
        list.start(info);
        server.start(info);
        bulk.start(info);
        commands.start(info);
    }

    void connectionLost(org.invitemanager.domain.Failure reason) {
        invites.connectionLost(reason);
        list.connectionLost();
        server.connectionLost();
        bulk.connectionLost();
        commands.connectionLost();
    }

    void stop() {
        invites.stop();
        list.stop();
        server.stop();
        bulk.stop();
        commands.stop();
    }
}
