package org.invitemanager.ui;

import java.time.Duration;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.invitemanager.domain.Failure;
import org.invitemanager.domain.FailureException;
import org.invitemanager.ui.invites.InvitesViewModel;
import org.invitemanager.ui.login.LoginViewModel;
import org.invitemanager.xmpp.XmppSession;

/**
 * Navigation between the screens, and the session's life: login, a dropped connection, reconnecting by itself with
 * a growing wait, rights that change while logged in, sign out.
 */
public final class MainViewModel {

    private static final String APP_NAME = "Invite Manager";

    private final ReadOnlyObjectWrapper<Page> page = new ReadOnlyObjectWrapper<>(Page.LOGIN);
    private final ReadOnlyStringWrapper windowTitle = new ReadOnlyStringWrapper(APP_NAME);
    private final XmppSession session;
    private final LoginViewModel login;
    private final Workspace workspace;
    private final InvitesViewModel invites;
    private final Delays delays;
    private final Executor ui;
    private final ReconnectBackoff backoff = new ReconnectBackoff();
    private LoginViewModel.LoggedIn current;
    private Runnable pendingRetry = () -> { };
    private boolean reconnecting;

    public MainViewModel(XmppSession session, LoginViewModel login, Workspace workspace, Delays delays, Executor ui) {
        this.session = session;
        this.login = login;
        this.workspace = workspace;
        this.invites = workspace.invites();
        this.delays = delays;
        this.ui = ui;
        login.setOnLoggedIn(this::loggedIn);
        session.setConnectionLostListener(reason -> ui.execute(() -> connectionLost(reason)));
        session.setForbiddenListener(operation -> ui.execute(this::checkRights));
    }

    private void loggedIn(LoginViewModel.LoggedIn loggedIn) {
        current = loggedIn;
        backoff.reset();
        windowTitle.set(loggedIn.session().domain() + " – " + APP_NAME);
        workspace.start(loggedIn.session());
        page.set(Page.INVITES);
    }

    private void connectionLost(Failure reason) {
        if (current == null || reconnecting) {
            return;
        }
        workspace.connectionLost(reason);
        if (ReconnectBackoff.worthRetrying(reason)) {
            retryLater(null);
        }
    }

    private void retryLater(Failure lastAttempt) {
        pendingRetry.run();
        Duration delay = backoff.next();
        invites.reconnectScheduled(delay, backoff.attempts(), lastAttempt);
        LoginViewModel.LoggedIn forSession = current;
        pendingRetry = delays.after(delay, () -> {
            if (current == forSession) {
                reconnect();
            }
        });
    }

    /**
     * Logs in again with the credentials still in memory, so a dropped connection needs no retyping. Runs by itself
     * after a drop, and at once when the admin asks.
     */
    public void reconnect() {
        LoginViewModel.LoggedIn previous = current;
        if (previous == null || reconnecting) {
            return;
        }
        pendingRetry.run();
        reconnecting = true;
        invites.reconnecting();
        session.login(previous.request(), previous.password(), previous.pinnedSha256())
                .whenCompleteAsync((info, failure) -> {
                    if (current != previous) {
                        return;
                    }
                    reconnecting = false;
                    if (failure != null) {
                        Failure reason = FailureException.of(failure);
                        if (ReconnectBackoff.worthRetrying(reason)) {
                            retryLater(reason);
                        } else {
                            backoff.reset();
                            invites.reconnectFailed(reason);
                        }
                    } else {
                        backoff.reset();
                        current = previous.withSession(info);
                        workspace.start(info);
                        invites.reconnected(previous.session().capabilities().isAdmin()
                                && !info.capabilities().isAdmin());
                    }
                }, ui);
    }

    /** The server refused something: read the account's rights again, and say so if it is no longer an admin. */
    private void checkRights() {
        LoginViewModel.LoggedIn before = current;
        if (before == null || !before.session().capabilities().isAdmin()) {
            return;
        }
        session.refreshCapabilities().whenCompleteAsync((info, failure) -> {
            if (current != before || failure != null || info.capabilities().isAdmin()) {
                return;
            }
            current = before.withSession(info);
            workspace.start(info);
            invites.adminRightsLost();
        }, ui);
    }

    public void signOut() {
        current = null;
        reconnecting = false;
        pendingRetry.run();
        backoff.reset();
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
