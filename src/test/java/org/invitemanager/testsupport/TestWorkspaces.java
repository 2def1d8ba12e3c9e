package org.invitemanager.testsupport;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Locale;
import org.invitemanager.settings.InviteHistoryStore;
import org.invitemanager.ui.ExpiryText;
import org.invitemanager.ui.Workspace;
import org.invitemanager.ui.bulk.BulkViewModel;
import org.invitemanager.ui.commands.CommandRunViewModel;
import org.invitemanager.ui.commands.CommandsViewModel;
import org.invitemanager.ui.invites.CreateInviteViewModel;
import org.invitemanager.ui.invites.InviteListViewModel;
import org.invitemanager.ui.invites.InvitesViewModel;
import org.invitemanager.ui.qr.InviteCardViewModel;
import org.invitemanager.ui.server.ServerSettingsViewModel;
import org.invitemanager.xmpp.XmppSession;

/** The logged-in screens' view-models, wired as AppContext does, on direct executors and a history under {@code dir}. */
public final class TestWorkspaces {

    private TestWorkspaces() {
    }

    public static Workspace create(XmppSession session, Path dir, Clock clock) {
        ExpiryText texts = new ExpiryText(ZoneOffset.UTC, Locale.US);
        InviteCardViewModel card = new InviteCardViewModel(clock, texts, Runnable::run, Runnable::run);
        InviteHistoryStore history = new InviteHistoryStore(dir);
        InvitesViewModel invites = new InvitesViewModel(session, card, history, clock, Runnable::run, Runnable::run);
        return new Workspace(invites, new CreateInviteViewModel(invites),
                new InviteListViewModel(session, history, card, clock, texts, Runnable::run, Runnable::run),
                new ServerSettingsViewModel(session, Runnable::run),
                new BulkViewModel(session, new CreateInviteViewModel(options -> { }), history, clock, texts,
                        Runnable::run, Runnable::run),
                new CommandsViewModel(session, new CommandRunViewModel(session,
                        new InviteCardViewModel(clock, texts, Runnable::run, Runnable::run), history, clock,
                        Runnable::run, Runnable::run), Runnable::run));
    }

    public static Workspace create(XmppSession session, Path dir) {
        return create(session, dir, Clock.system(ZoneOffset.UTC));
    }
}
