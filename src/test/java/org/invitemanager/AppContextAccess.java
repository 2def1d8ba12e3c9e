package org.invitemanager;

import javafx.application.Platform;
import javafx.scene.Parent;
import org.invitemanager.settings.AppPaths;
import org.invitemanager.ui.MainView;

/** Builds the real app's context and main view for UI tests, as the application class does. */
public final class AppContextAccess implements AutoCloseable {

    private final AppContext context;

    private AppContextAccess(AppContext context) {
        this.context = context;
    }

    public static AppContextAccess create(AppPaths paths) {
        return new AppContextAccess(new AppContext(paths, Platform::runLater));
    }

    /** The app with a session that gives up on any answer after {@code replyTimeout}, for tests of a silent server. */
    public static AppContextAccess create(AppPaths paths, java.time.Duration replyTimeout) {
        return new AppContextAccess(new AppContext(paths, Platform::runLater,
                new org.invitemanager.xmpp.SmackXmppSession(replyTimeout)));
    }

    public static String stylesheet() {
        return InviteManagerApp.stylesheet();
    }

    public Parent mainView() {
        return new MainView(context.main(), context.appearance(), () -> { });
    }

    @Override
    public void close() {
        context.close();
    }
}
