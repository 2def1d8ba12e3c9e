package org.invitemanager;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.invitemanager.desktop.DesktopColorScheme;
import org.invitemanager.qr.QrWarmUp;
import org.invitemanager.settings.AppPaths;
import org.invitemanager.settings.AppearanceStore;
import org.invitemanager.settings.CertificatePinStore;
import org.invitemanager.settings.InviteHistoryStore;
import org.invitemanager.settings.OsKeyring;
import org.invitemanager.settings.ProfileStore;
import org.invitemanager.ui.Delays;
import org.invitemanager.ui.ExpiryText;
import org.invitemanager.ui.MainViewModel;
import org.invitemanager.ui.Workspace;
import org.invitemanager.ui.app.AppearanceViewModel;
import org.invitemanager.ui.bulk.BulkViewModel;
import org.invitemanager.ui.commands.CommandRunViewModel;
import org.invitemanager.ui.commands.CommandsViewModel;
import org.invitemanager.ui.invites.CreateInviteViewModel;
import org.invitemanager.ui.invites.InviteListViewModel;
import org.invitemanager.ui.server.ServerSettingsViewModel;
import org.invitemanager.ui.invites.InvitesViewModel;
import org.invitemanager.ui.login.LoginViewModel;
import org.invitemanager.ui.qr.InviteCardViewModel;
import org.invitemanager.xmpp.SmackXmppSession;
import org.invitemanager.xmpp.XmppSession;

/** The composition root: builds the services and view-models once and closes them on exit. */
public final class AppContext implements AutoCloseable {

    private final XmppSession session;
    private final ExecutorService files = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "file-export");
        thread.setDaemon(true);
        return thread;
    });
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "reconnect-timer");
        thread.setDaemon(true);
        return thread;
    });
    private final MainViewModel main;
    private final AppearanceViewModel appearance;

    public AppContext(AppPaths paths, Executor ui) {
        this(paths, ui, new SmackXmppSession());
    }

    AppContext(AppPaths paths, Executor ui, XmppSession session) {
        this.session = session;
        files.execute(QrWarmUp::run);
        LoginViewModel login = new LoginViewModel(session, new CertificatePinStore(paths.dataDir()),
                new ProfileStore(paths.configDir()), new OsKeyring(), ui);
        ExpiryText expiry = new ExpiryText(ZoneId.systemDefault(), Locale.getDefault());
        InviteCardViewModel card = new InviteCardViewModel(Clock.systemDefaultZone(), expiry, files, ui);
        InviteHistoryStore history = new InviteHistoryStore(paths.dataDir());
        InvitesViewModel invites = new InvitesViewModel(session, card, history, Clock.systemUTC(), files, ui);
        Workspace workspace = new Workspace(invites, new CreateInviteViewModel(invites),
                new InviteListViewModel(session, history, card, Clock.systemUTC(), expiry, files, ui),
                new ServerSettingsViewModel(session, ui),
                // The batch's own form: its options are independent of the single-invite form's.
                new BulkViewModel(session, new CreateInviteViewModel(options -> { }), history, Clock.systemUTC(),
                        expiry, files, ui),
                // The Commands tab shows invites found in results on a card of its own.
                new CommandsViewModel(session, new CommandRunViewModel(session,
                        new InviteCardViewModel(Clock.systemDefaultZone(), expiry, files, ui), history,
                        Clock.systemUTC(), files, ui), ui));
        main = new MainViewModel(session, login, workspace, later(ui), ui);
        appearance = new AppearanceViewModel(new AppearanceStore(paths.configDir()),
                DesktopColorScheme.ofThisMachine()::detect, files, ui);
    }

    private Delays later(Executor ui) {
        return (delay, task) -> {
            ScheduledFuture<?> scheduled = timer.schedule(() -> ui.execute(task), delay.toMillis(),
                    TimeUnit.MILLISECONDS);
            return () -> scheduled.cancel(false);
        };
    }

    public MainViewModel main() {
        return main;
    }

    public AppearanceViewModel appearance() {
        return appearance;
    }

    @Override
    public void close() {
        timer.shutdownNow();
        session.close();
        files.shutdown();
    }
}
