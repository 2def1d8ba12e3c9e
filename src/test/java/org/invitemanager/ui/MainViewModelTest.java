package org.invitemanager.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
import org.invitemanager.testsupport.ManualDelays;
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
    private final ManualDelays delays = new ManualDelays();
    private MainViewModel main;
    private InvitesViewModel invites;

    @BeforeEach
    void setUp() {
        LoginViewModel login = new LoginViewModel(session, new CertificatePinStore(dir), new ProfileStore(dir),
                new InMemoryPasswordVault(), Runnable::run);
        Workspace workspace = TestWorkspaces.create(session, dir);
        invites = workspace.invites();
        main = new MainViewModel(session, login, workspace, delays, Runnable::run);
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
    void aDropIsShownAndTheSessionComesBackByItselfWithThePasswordInMemory() {
        logIn();
        session.invites.add(CompletableFuture.completedFuture(INVITE));
        invites.createInvite(InviteKind.ACCOUNT);

        session.lostListener.connectionLost(new Failure.ConnectionLost());

        assertFalse(invites.connectedProperty().get());
        assertEquals(Duration.ofSeconds(1), delays.waiting().get(0).delay());
        assertEquals("The connection to localhost was lost; the invite shown is still valid. Trying again in "
                + "1 second (attempt 1).", invites.errorProperty().get());

        CompletableFuture<SessionInfo> attempt = new CompletableFuture<>();
        session.logins.add(attempt);
        delays.runNext();

        assertTrue(invites.busyProperty().get());
        assertEquals("Reconnecting to localhost…", invites.statusProperty().get());
        assertEquals("The connection to localhost was lost; the invite shown is still valid.",
                invites.errorProperty().get(), "why it reconnects stays in view while it does");

        attempt.complete(ADMIN);

        assertTrue(invites.connectedProperty().get());
        assertFalse(invites.busyProperty().get());
        assertEquals("", invites.errorProperty().get());
        assertEquals("Reconnected to localhost.", invites.noticeProperty().get());
        assertEquals("s3cret", session.loginCalls.get(1).password(), "no retyping after a drop");
        assertEquals(INVITE, invites.card().inviteProperty().get(), "the invite on screen survives the reconnect");
        assertEquals(Page.INVITES, main.pageProperty().get());
    }

    @Test
    void eachFailedAttemptWaitsLongerUpToHalfAMinuteAndSuccessStartsTheCountAgain() {
        logIn();
        session.lostListener.connectionLost(new Failure.ConnectionLost());
        for (int attempt = 1; attempt <= 7; attempt++) {
            session.logins.add(CompletableFuture.failedFuture(new FailureException(new Failure.Unreachable("h", 1))));
            delays.runNext();
        }

        assertEquals(List.of(1L, 2L, 4L, 8L, 16L, 30L, 30L, 30L), delays.scheduled().stream()
                .map(entry -> entry.delay().toSeconds()).toList());
        assertTrue(invites.errorProperty().get().startsWith("Reconnecting failed. Cannot reach h:1."),
                invites.errorProperty().get());
        assertTrue(invites.errorProperty().get().endsWith("Trying again in 30 seconds (attempt 8)."),
                invites.errorProperty().get());
        assertEquals(8, session.loginCalls.size());

        session.logins.add(CompletableFuture.completedFuture(ADMIN));
        delays.runNext();
        session.lostListener.connectionLost(new Failure.ConnectionLost());

        assertEquals(Duration.ofSeconds(1), delays.waiting().get(0).delay());
    }

    @Test
    void reconnectNowTriesAtOnceInsteadOfWaiting() {
        logIn();
        session.lostListener.connectionLost(new Failure.ConnectionLost());
        session.logins.add(CompletableFuture.completedFuture(ADMIN));

        main.reconnect();

        assertTrue(invites.connectedProperty().get());
        assertTrue(delays.waiting().isEmpty(), "the timer was cancelled");
        assertEquals(2, session.loginCalls.size());
    }

    @Test
    void aRefusedPasswordStopsTheRetriesAndSaysWhatToDo() {
        logIn();
        session.lostListener.connectionLost(new Failure.ConnectionLost());
        session.logins.add(CompletableFuture.failedFuture(new FailureException(new Failure.AuthFailed())));

        delays.runNext();

        assertEquals(Page.INVITES, main.pageProperty().get());
        assertFalse(invites.connectedProperty().get());
        assertTrue(delays.waiting().isEmpty(), "a password is never tried again by itself");
        assertTrue(invites.errorProperty().get().endsWith("Sign out and log in again with the current password."),
                invites.errorProperty().get());
    }

    @Test
    void aFailedManualReconnectThatTimeMayCureIsRetriedLater() {
        logIn();
        session.lostListener.connectionLost(new Failure.ConnectionLost());
        session.logins.add(CompletableFuture.failedFuture(new FailureException(new Failure.Timeout())));

        main.reconnect();

        assertEquals(Page.INVITES, main.pageProperty().get());
        assertFalse(invites.connectedProperty().get());
        assertTrue(invites.errorProperty().get().startsWith("Reconnecting failed."), invites.errorProperty().get());
        assertEquals(1, delays.waiting().size());
    }

    @Test
    void aRefusalLeadsToARecheckAndLostAdminRightsAreSaidAndTurnCreatingOff() {
        logIn();
        SessionInfo demoted = new SessionInfo("admin@localhost", new ServerCapabilities("localhost",
                Set.of(ServerCapabilities.CONTACT_INVITE_NODE)));
        session.capabilityChecks.add(CompletableFuture.completedFuture(demoted));

        session.forbiddenListener.forbidden("create ACCOUNT invite");

        assertFalse(invites.canCreateAccountProperty().get());
        assertTrue(invites.canCreateContactProperty().get());
        assertTrue(invites.errorProperty().get().contains("no longer counts admin@localhost as an administrator"),
                invites.errorProperty().get());
    }

    @Test
    void aRefusalWhileStillAnAdminChangesNothing() {
        logIn();
        session.capabilityChecks.add(CompletableFuture.completedFuture(ADMIN));

        session.forbiddenListener.forbidden("revoke invite x");

        assertTrue(invites.canCreateAccountProperty().get());
        assertEquals("", invites.errorProperty().get());
    }

    @Test
    void rightsLostWhileDisconnectedAreSaidAfterTheReconnect() {
        logIn();
        session.lostListener.connectionLost(new Failure.ConnectionLost());
        session.logins.add(CompletableFuture.completedFuture(new SessionInfo("admin@localhost",
                new ServerCapabilities("localhost", Set.of(ServerCapabilities.CONTACT_INVITE_NODE)))));

        delays.runNext();

        assertTrue(invites.connectedProperty().get());
        assertFalse(invites.canCreateAccountProperty().get());
        assertTrue(invites.errorProperty().get().contains("no longer counts admin@localhost as an administrator"),
                invites.errorProperty().get());
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
        assertTrue(delays.waiting().isEmpty(), "no reconnect after signing out");
    }
}
