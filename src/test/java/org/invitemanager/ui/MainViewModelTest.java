package org.invitemanager.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.invitemanager.domain.Failure;
import org.invitemanager.domain.FailureException;
import org.invitemanager.domain.Invite;
import org.invitemanager.domain.InviteKind;
import org.invitemanager.domain.ServerCapabilities;
import org.invitemanager.domain.SessionInfo;
import org.invitemanager.settings.CertificatePinStore;
import org.invitemanager.settings.ProfileStore;
import org.invitemanager.testsupport.FakeXmppSession;
import org.invitemanager.testsupport.InMemoryPasswordVault;
import org.invitemanager.testsupport.TestWorkspaces;
import org.invitemanager.ui.invites.InvitesViewModel;
import org.invitemanager.ui.login.LoginViewModel;
import org.invitemanager.ui.qr.InviteCardViewModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainViewModelTest {

    private static final SessionInfo ADMIN = new SessionInfo("admin@localhost", new ServerCapabilities("localhost",
            Set.of(ServerCapabilities.CREATE_ACCOUNT_NODE, ServerCapabilities.CONTACT_INVITE_NODE)));
    private static final Invite INVITE = new Invite(InviteKind.ACCOUNT, "xmpp:localhost?register;preauth=Tok3n",
            null, null);

    @TempDir
    Path dir;

    private final FakeXmppSession session = new FakeXmppSession();
    private MainViewModel main;
    private InvitesViewModel invites;

    @BeforeEach
    void setUp() {
        LoginViewModel login = new LoginViewModel(session, new CertificatePinStore(dir), new ProfileStore(dir),
                new InMemoryPasswordVault(), Runnable::run);
        Workspace workspace = TestWorkspaces.create(session, dir);
        invites = workspace.invites();
        main = new MainViewModel(session, login, workspace, Runnable::run);
    }

    private void logIn() {
        main.login().jidProperty().set("admin@localhost");
        main.login().passwordProperty().set("s3cret");
        session.logins.add(CompletableFuture.completedFuture(ADMIN));
        main.login().login();
    }

    @Test
    void successfulLoginOpensTheInvitesPageAndNamesTheServerInTheTitle() {
        assertEquals(Page.LOGIN, main.pageProperty().get());
        assertEquals("Invite Manager", main.windowTitleProperty().get());

        logIn();

        assertEquals(Page.INVITES, main.pageProperty().get());
        assertEquals("localhost – Invite Manager", main.windowTitleProperty().get());
        assertTrue(invites.connectedProperty().get());
    }

    @Test
    void droppedConnectionIsShownAndReconnectUsesThePasswordInMemory() {
        logIn();
        session.invites.add(CompletableFuture.completedFuture(INVITE));
        invites.createInvite(InviteKind.ACCOUNT);

        session.lostListener.connectionLost(new Failure.ConnectionLost());
        assertFalse(invites.connectedProperty().get());

        session.logins.add(CompletableFuture.completedFuture(ADMIN));
        main.reconnect();

        assertTrue(invites.connectedProperty().get());
        assertFalse(invites.busyProperty().get());
        assertEquals("s3cret", session.loginCalls.get(1).password(), "no retyping after a drop");
        assertEquals(INVITE, invites.card().inviteProperty().get(), "the invite on screen survives the reconnect");
    }

    @Test
    void failedReconnectSaysWhyAndStaysOnTheInvitesPage() {
        logIn();
        session.lostListener.connectionLost(new Failure.ConnectionLost());
        session.logins.add(CompletableFuture.failedFuture(new FailureException(new Failure.Timeout())));

        main.reconnect();

        assertEquals(Page.INVITES, main.pageProperty().get());
        assertFalse(invites.connectedProperty().get());
        assertTrue(invites.errorProperty().get().startsWith("Reconnecting failed."), invites.errorProperty().get());
    }

    @Test
    void signOutReturnsToLoginClosesTheConnectionAndIgnoresLaterDrops() {
        logIn();

        main.signOut();
        session.lostListener.connectionLost(new Failure.ConnectionLost());

        assertEquals(Page.LOGIN, main.pageProperty().get());
        assertEquals("Invite Manager", main.windowTitleProperty().get());
        assertEquals(1, session.logouts);
        assertEquals("", invites.errorProperty().get());
    }
}
