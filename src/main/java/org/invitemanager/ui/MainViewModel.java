package org.invitemanager.ui;

import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.invitemanager.domain.FailureException;
import org.invitemanager.ui.invites.InvitesViewModel;
import org.invitemanager.ui.login.LoginViewModel;
import org.invitemanager.xmpp.XmppSession;

/** Navigation between the screens, and the session's life: login, a dropped connection, reconnect, sign out. */
public final class MainViewModel {

    private static final String APP_NAME = "Invite Manager";

    private final ReadOnlyObjectWrapper<Page> page = new ReadOnlyObjectWrapper<>(Page.LOGIN);
    private final ReadOnlyStringWrapper windowTitle = new ReadOnlyStringWrapper(APP_NAME);
    private final XmppSession session;
    private final LoginViewModel login;
    private final Workspace workspace;
    private final InvitesViewModel invites;
    private final Executor ui;
    private LoginViewModel.LoggedIn current;

    public MainViewModel(XmppSession session, LoginViewModel login, Workspace workspace, Executor ui) {
        this.session = session;
        this.login = login;
        this.workspace = workspace;
        this.invites = workspace.invites();
        this.ui = ui;
        login.setOnLoggedIn(this::loggedIn);
        session.setConnectionLostListener(reason -> ui.execute(() -> {
            if (current != null) {
                workspace.connectionLost(reason);
            }
        }));
    }

    private void loggedIn(LoginViewModel.LoggedIn loggedIn) {
        current = loggedIn;
        windowTitle.set(loggedIn.session().domain() + " – " + APP_NAME);
        workspace.start(loggedIn.session());
        page.set(Page.INVITES);
    }

    /** Logs in again with the credentials still in memory, so a dropped connection needs no retyping. */
    public void reconnect() {
        LoginViewModel.LoggedIn previous = current;
        if (previous == null) {
            return;
        }
        invites.reconnecting();
        session.login(previous.request(), previous.password(), previous.pinnedSha256())
                .whenCompleteAsync((info, failure) -> {
                    if (current != previous) {
                        return;
                    }
                    if (failure != null) {
                        invites.reconnectFailed(FailureException.of(failure));
                    } else {
                        current = new LoginViewModel.LoggedIn(info, previous.request(), previous.password(),
                                previous.pinnedSha256());
                        workspace.start(info);
                    }
                }, ui);
    }

    public void signOut() {
        current = null;
        workspace.stop();
        session.logout();
        windowTitle.set(APP_NAME);
        page.set(Page.LOGIN);
    }

    public LoginViewModel login() {
        return login;
    }

    public InvitesViewModel invites() {
        return invites;
    }

    public Workspace workspace() {
        return workspace;
    }

    /** The window title: the server once logged in, so several windows or task-bar entries can be told apart. */
    public ReadOnlyStringProperty windowTitleProperty() {
        return windowTitle.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Page> pageProperty() {
        return page.getReadOnlyProperty();
    }
}
