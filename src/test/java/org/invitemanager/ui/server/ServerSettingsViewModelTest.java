package org.invitemanager.ui.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.invitemanager.domain.Failure;
import org.invitemanager.domain.FailureException;
import org.invitemanager.domain.RegistrationPolicy;
import org.invitemanager.domain.ServerCapabilities;
import org.invitemanager.domain.SessionInfo;
import org.invitemanager.testsupport.FakeXmppSession;
import org.invitemanager.ui.FailureMessages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ServerSettingsViewModelTest {

    private static final SessionInfo WITH_MODULE = new SessionInfo("admin@localhost", new ServerCapabilities(
            "localhost", Set.of(ServerCapabilities.COMPANION_POLICY_NODE, ServerCapabilities.CREATE_ACCOUNT_NODE)));
    private static final SessionInfo STOCK = new SessionInfo("admin@localhost",
            new ServerCapabilities("localhost", Set.of(ServerCapabilities.CREATE_ACCOUNT_NODE)));

    private FakeXmppSession session;
    private ServerSettingsViewModel model;

    @BeforeEach
    void setUp() {
        session = new FakeXmppSession();
        model = new ServerSettingsViewModel(session, Runnable::run);
    }

    private void answer(RegistrationPolicy policy) {
        session.policies.add(CompletableFuture.completedFuture(policy));
    }

    private void fail(Failure failure) {
        session.policies.add(CompletableFuture.failedFuture(new FailureException(failure)));
    }

    private void loadedAs(RegistrationPolicy policy) {
        model.start(WITH_MODULE);
        answer(policy);
        model.load();
        assertSame(policy, model.currentProperty().get());
    }

    @Test
    void withoutTheModuleTheScreenExplainsWhatIsMissingAndAsksTheServerNothing() {
        answer(RegistrationPolicy.INVITE_ONLY);
        model.start(STOCK);

        model.load();
        model.selectedProperty().set(RegistrationPolicy.CLOSED);
        model.apply();

        assertFalse(model.availableProperty().get());
        String text = model.unavailableTextProperty().get();
        assertTrue(text.contains("mod_invite_manager"), text);
        assertTrue(text.contains("Companion Prosody module"), text);
        assertEquals(1, session.policies.size(), "the queued answer was never asked for");
        assertTrue(session.policiesSet.isEmpty());
        assertNull(model.currentProperty().get());
        assertFalse(model.canApplyProperty().get());
    }

    @Test
    void startingDoesNotReadThePolicyLoadingDoes() {
        answer(RegistrationPolicy.INVITE_ONLY);
        model.start(WITH_MODULE);

        assertTrue(model.availableProperty().get());
        assertEquals("", model.unavailableTextProperty().get());
        assertEquals(1, session.policies.size(), "nothing read before the screen is shown");
        assertNull(model.currentProperty().get());

        model.load();

        assertTrue(session.policies.isEmpty());
        assertSame(RegistrationPolicy.INVITE_ONLY, model.currentProperty().get());
        assertSame(RegistrationPolicy.INVITE_ONLY, model.selectedProperty().get());
        assertFalse(model.busyProperty().get());
        assertEquals("", model.statusProperty().get());
        assertTrue(session.policiesSet.isEmpty(), "reading never writes");
    }

    @Test
    void busyWhileReadingAndASecondLoadWaits() {
        model.start(WITH_MODULE);
        CompletableFuture<RegistrationPolicy> pending = new CompletableFuture<>();
        session.policies.add(pending);
        answer(RegistrationPolicy.OPEN);

        model.load();
        model.load();

        assertTrue(model.busyProperty().get());
        assertEquals("Reading the registration policy…", model.statusProperty().get());
        assertEquals(1, session.policies.size(), "no second read while the first is pending");
        pending.complete(RegistrationPolicy.CLOSED);
        assertFalse(model.busyProperty().get());
        assertSame(RegistrationPolicy.CLOSED, model.currentProperty().get());
    }

    @Test
    void failedLoadShowsTheMessage() {
        model.start(WITH_MODULE);
        Failure refused = new Failure.Forbidden("Only admins may do that");
        fail(refused);

        model.load();

        assertEquals(FailureMessages.describe(refused), model.errorProperty().get());
        assertNull(model.currentProperty().get());
        assertNull(model.selectedProperty().get());
        assertFalse(model.busyProperty().get());
        assertFalse(model.canApplyProperty().get());
    }

    @Test
    void switchingFromInviteOnlyToClosedSendsClosedOnce() {
        loadedAs(RegistrationPolicy.INVITE_ONLY);
        answer(RegistrationPolicy.CLOSED);

        model.selectedProperty().set(RegistrationPolicy.CLOSED);
        model.apply();

        assertEquals(List.of(RegistrationPolicy.CLOSED), session.policiesSet);
        assertSame(RegistrationPolicy.CLOSED, model.currentProperty().get());
        assertSame(RegistrationPolicy.CLOSED, model.selectedProperty().get());
        assertEquals("Registration is now closed.", model.statusProperty().get());
        assertEquals("", model.confirmationTextProperty().get(), "closing needs no confirmation");
        assertFalse(model.canApplyProperty().get(), "nothing left to apply");
    }

    @Test
    void theServersAnswerWinsOverTheRequest() {
        loadedAs(RegistrationPolicy.OPEN);
        answer(RegistrationPolicy.INVITE_ONLY);

        model.selectedProperty().set(RegistrationPolicy.CLOSED);
        model.apply();

        assertSame(RegistrationPolicy.INVITE_ONLY, model.currentProperty().get());
        assertSame(RegistrationPolicy.INVITE_ONLY, model.selectedProperty().get());
        assertEquals("Registration is now invite-only.", model.statusProperty().get());
    }

    @Test
    void switchingToOpenAsksFirstAndSendsNothingUntilConfirmed() {
        loadedAs(RegistrationPolicy.INVITE_ONLY);
        answer(RegistrationPolicy.OPEN);
        model.selectedProperty().set(RegistrationPolicy.OPEN);

        model.apply();

        String warning = model.confirmationTextProperty().get();
        assertTrue(warning.contains("anyone on the internet create an account on localhost"), warning);
        assertTrue(warning.contains("Switch to open registration?"), warning);
        assertTrue(session.policiesSet.isEmpty());
        assertSame(RegistrationPolicy.INVITE_ONLY, model.currentProperty().get());

        model.apply();
        assertTrue(session.policiesSet.isEmpty(), "applying again does not skip the question");

        model.confirmOpen();

        assertEquals(List.of(RegistrationPolicy.OPEN), session.policiesSet);
        assertSame(RegistrationPolicy.OPEN, model.currentProperty().get());
        assertEquals("", model.confirmationTextProperty().get());
        assertEquals("Registration is now open.", model.statusProperty().get());
    }

    @Test
    void cancellingTheConfirmationKeepsThePolicyAndResetsTheChoice() {
        loadedAs(RegistrationPolicy.CLOSED);
        model.selectedProperty().set(RegistrationPolicy.OPEN);
        model.apply();

        model.cancelConfirmation();
        model.confirmOpen();

        assertEquals("", model.confirmationTextProperty().get());
        assertSame(RegistrationPolicy.CLOSED, model.selectedProperty().get());
        assertTrue(session.policiesSet.isEmpty(), "a cancelled question cannot be confirmed later");
    }

    @Test
    void pickingAnotherChoiceWithdrawsTheQuestion() {
        loadedAs(RegistrationPolicy.INVITE_ONLY);
        model.selectedProperty().set(RegistrationPolicy.OPEN);
        model.apply();

        model.selectedProperty().set(RegistrationPolicy.CLOSED);

        assertEquals("", model.confirmationTextProperty().get());
        assertTrue(model.canApplyProperty().get());
    }

    @Test
    void failedSwitchResetsTheChoiceAndShowsTheError() {
        loadedAs(RegistrationPolicy.INVITE_ONLY);
        Failure broken = new Failure.ServerError("internal-server-error", "Could not save the policy");
        fail(broken);

        model.selectedProperty().set(RegistrationPolicy.CLOSED);
        model.apply();

        assertEquals(List.of(RegistrationPolicy.CLOSED), session.policiesSet);
        assertEquals(FailureMessages.describe(broken), model.errorProperty().get());
        assertSame(RegistrationPolicy.INVITE_ONLY, model.selectedProperty().get());
        assertSame(RegistrationPolicy.INVITE_ONLY, model.currentProperty().get());
        assertEquals("", model.statusProperty().get());
        assertFalse(model.busyProperty().get());
    }

    @Test
    void canApplyOnlyForAChangeWhileConnectedAndIdle() {
        model.start(WITH_MODULE);
        assertFalse(model.canApplyProperty().get(), "nothing read, nothing chosen");
        answer(RegistrationPolicy.INVITE_ONLY);
        model.load();
        assertFalse(model.canApplyProperty().get(), "the choice is what the server has");

        model.selectedProperty().set(RegistrationPolicy.CLOSED);
        assertTrue(model.canApplyProperty().get());

        session.policies.add(new CompletableFuture<>());
        model.apply();
        assertTrue(model.busyProperty().get());
        assertFalse(model.canApplyProperty().get(), "not while busy");

        model.connectionLost();
        model.selectedProperty().set(RegistrationPolicy.CLOSED);
        assertFalse(model.connectedProperty().get());
        assertFalse(model.canApplyProperty().get(), "not while disconnected");
    }

    @Test
    void aLostConnectionReportedByTheCallDisconnects() {
        loadedAs(RegistrationPolicy.INVITE_ONLY);
        fail(new Failure.ConnectionLost());

        model.selectedProperty().set(RegistrationPolicy.CLOSED);
        model.apply();

        assertFalse(model.connectedProperty().get());
        assertEquals(FailureMessages.describe(new Failure.ConnectionLost()), model.errorProperty().get());
        model.load();
        assertEquals(List.of(RegistrationPolicy.CLOSED), session.policiesSet, "no further calls while disconnected");
    }

    @Test
    void aLostConnectionDropsThePendingSwitchQuietly() {
        loadedAs(RegistrationPolicy.INVITE_ONLY);
        CompletableFuture<RegistrationPolicy> pending = new CompletableFuture<>();
        session.policies.add(pending);
        model.selectedProperty().set(RegistrationPolicy.CLOSED);
        model.apply();

        model.connectionLost();

        assertTrue(pending.isCancelled());
        assertEquals("", model.errorProperty().get(), "dropping our own request is no failure to report");
        assertSame(RegistrationPolicy.INVITE_ONLY, model.selectedProperty().get(), "the choice shows the server's");
        assertFalse(model.busyProperty().get());
        assertEquals("", model.statusProperty().get());
    }

    @Test
    void aLateAnswerAfterStopIsIgnored() {
        model.start(WITH_MODULE);
        CompletableFuture<RegistrationPolicy> late = new CompletableFuture<>();
        session.policies.add(late);
        model.load();

        model.stop();
        late.complete(RegistrationPolicy.OPEN);

        assertNull(model.currentProperty().get());
        assertNull(model.selectedProperty().get());
        assertFalse(model.busyProperty().get());
        assertFalse(model.connectedProperty().get());
        assertEquals("", model.errorProperty().get());
        assertEquals("", model.statusProperty().get());
    }

    @Test
    void aNewSessionStartsClean() {
        loadedAs(RegistrationPolicy.OPEN);
        model.selectedProperty().set(RegistrationPolicy.CLOSED);
        model.stop();

        model.start(WITH_MODULE);

        assertTrue(model.connectedProperty().get());
        assertNull(model.currentProperty().get());
        assertNull(model.selectedProperty().get());
        answer(RegistrationPolicy.CLOSED);
        model.load();
        assertSame(RegistrationPolicy.CLOSED, model.currentProperty().get());
    }

    @Test
    void everyPolicyIsExplained() {
        assertEquals(new PolicyText("Invite only", "People need a valid invite to create an account. Recommended."),
                ServerSettingsViewModel.describe(RegistrationPolicy.INVITE_ONLY));
        assertEquals("Open", ServerSettingsViewModel.describe(RegistrationPolicy.OPEN).title());
        assertTrue(ServerSettingsViewModel.describe(RegistrationPolicy.CLOSED).explanation()
                .contains("Password-reset invites keep working"));
    }
}
