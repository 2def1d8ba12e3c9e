package org.invitemanager.ui.login;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.invitemanager.domain.CertificateInfo;
import org.invitemanager.domain.Failure;
import org.invitemanager.domain.FailureException;
import org.invitemanager.domain.LoginRequest;
import org.invitemanager.domain.ServerCapabilities;
import org.invitemanager.domain.SessionInfo;
import org.invitemanager.domain.TlsMode;
import org.invitemanager.settings.CertificatePinStore;
import org.invitemanager.settings.ProfileStore;
import org.invitemanager.settings.ServerProfile;
import org.invitemanager.testsupport.FakeXmppSession;
import org.invitemanager.ui.FailureMessages;
import org.junit.jupiter.api.Test;

class LoginViewModelTest extends LoginViewModelFixture {

    private static final String PASSWORD = "correct-horse-battery-staple";
    private static final SessionInfo ADMIN_SESSION = new SessionInfo("admin@localhost",
            new ServerCapabilities("localhost", Set.of(ServerCapabilities.CREATE_ACCOUNT_NODE)));
    private static final CertificateInfo SELF_SIGNED = new CertificateInfo("CN=localhost", "CN=localhost",
            Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2027-01-01T00:00:00Z"),
            "AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89");

    private static void fill(LoginViewModel model, String jid, String host, String port, TlsMode tls) {
        model.jidProperty().set(jid);
        model.passwordProperty().set(PASSWORD);
        model.hostProperty().set(host);
        model.portProperty().set(port);
        model.tlsProperty().set(tls);
    }

    @Test
    void successfulLoginReportsTheSessionAndRemembersTheLogin() {
        LoginViewModel model = newModel();
        fill(model, "Admin@Localhost", "127.0.0.1", "25222", TlsMode.DIRECT_TLS);
        session.logins.add(CompletableFuture.completedFuture(ADMIN_SESSION));

        model.login();

        LoginRequest expected = new LoginRequest("admin@localhost", "127.0.0.1", 25222, TlsMode.DIRECT_TLS);
        assertEquals(1, loggedIn.size());
        assertSame(ADMIN_SESSION, loggedIn.get(0).session());
        assertEquals(expected, loggedIn.get(0).request());
        assertEquals(PASSWORD, loggedIn.get(0).password());
        assertEquals(List.of(new FakeXmppSession.LoginCall(expected, PASSWORD, null)), session.loginCalls);
        ProfileStore.Loaded stored = new ProfileStore(configDir()).load();
        assertEquals(List.of(expected), stored.profiles().stream().map(ServerProfile::login).toList());
        assertEquals(Optional.of(stored.profiles().get(0).id()), stored.lastUsedId());
        assertEquals("", model.passwordProperty().get());
        assertEquals("", model.errorProperty().get());
        assertFalse(model.busyProperty().get());
    }

    @Test
    void passwordIsNeverWrittenToDisk() throws IOException {
        LoginViewModel model = newModel();
        fill(model, "admin@localhost", "", "", TlsMode.STARTTLS);
        session.logins.add(CompletableFuture.failedFuture(new FailureException(
                new Failure.UntrustedCertificate("localhost", SELF_SIGNED))));
        session.logins.add(CompletableFuture.completedFuture(ADMIN_SESSION));

        model.login();
        model.trustCertificate();

        assertEquals(1, loggedIn.size());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(temp)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertEquals(2, files.size(), "server profiles and certificate pins: " + files);
        for (Path file : files) {
            String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            assertFalse(content.contains(PASSWORD), file + " holds the password");
        }
    }

    @Test
    void rejectedPasswordShowsAnErrorAndDoesNotLogIn() {
        LoginViewModel model = newModel();
        fill(model, "admin@localhost", "", "", TlsMode.STARTTLS);
        session.logins.add(CompletableFuture.supplyAsync(() -> {
            throw new FailureException(new Failure.AuthFailed());
        }, Runnable::run));

        model.login();

        assertEquals(FailureMessages.describe(new Failure.AuthFailed()), model.errorProperty().get());
        assertTrue(model.errorProperty().get().contains("password"), model.errorProperty().get());
        assertTrue(loggedIn.isEmpty());
        assertFalse(model.busyProperty().get());
        assertEquals(List.of(), new ProfileStore(configDir()).load().profiles());
    }

    @Test
    void busyWhileTheLoginIsPendingAndASecondClickDoesNothing() {
        LoginViewModel model = newModel();
        fill(model, "admin@localhost", "", "", TlsMode.STARTTLS);
        CompletableFuture<SessionInfo> pending = new CompletableFuture<>();
        session.logins.add(pending);

        model.login();
        model.login();

        assertTrue(model.busyProperty().get());
        assertEquals(1, session.loginCalls.size());

        pending.complete(ADMIN_SESSION);

        assertFalse(model.busyProperty().get());
        assertEquals(1, loggedIn.size());
    }

    @Test
    void untrustedCertificateIsOfferedForReview() {
        LoginViewModel model = newModel();
        fill(model, "admin@localhost", "", "", TlsMode.STARTTLS);
        session.logins.add(CompletableFuture.failedFuture(new FailureException(
                new Failure.UntrustedCertificate("localhost", SELF_SIGNED))));

        model.login();

        assertEquals(SELF_SIGNED, model.certificateToReviewProperty().get());
        assertFalse(model.errorProperty().get().isEmpty());
        assertTrue(loggedIn.isEmpty());
        assertFalse(model.busyProperty().get());
    }

    @Test
    void trustingTheCertificatePinsItAndRetriesWithThePin() {
        LoginViewModel model = newModel();
        fill(model, "admin@localhost", "127.0.0.1", "25222", TlsMode.STARTTLS);
        session.logins.add(CompletableFuture.failedFuture(new FailureException(
                new Failure.UntrustedCertificate("localhost", SELF_SIGNED))));
        session.logins.add(CompletableFuture.completedFuture(ADMIN_SESSION));
        model.login();

        model.trustCertificate();

        assertEquals(Optional.of(SELF_SIGNED.sha256()), new CertificatePinStore(dataDir()).pinFor("localhost"));
        assertEquals(2, session.loginCalls.size());
        assertNull(session.loginCalls.get(0).pin());
        assertEquals(SELF_SIGNED.sha256(), session.loginCalls.get(1).pin());
        assertEquals(PASSWORD, session.loginCalls.get(1).password());
        assertEquals(session.loginCalls.get(0).request(), session.loginCalls.get(1).request());
        assertNull(model.certificateToReviewProperty().get());
        assertEquals(1, loggedIn.size());
        assertEquals(SELF_SIGNED.sha256(), loggedIn.get(0).pinnedSha256());
        assertEquals("", model.errorProperty().get());
    }

    @Test
    void changedCertificateIsReviewedWithBothFingerprintsAndTrustingItReplacesThePin() throws IOException {
        String oldPin = "00:11:22:33";
        new CertificatePinStore(dataDir()).pin("localhost", oldPin);
        LoginViewModel model = newModel();
        fill(model, "admin@localhost", "", "", TlsMode.STARTTLS);
        session.logins.add(CompletableFuture.failedFuture(new FailureException(
                new Failure.CertificateChanged("localhost", oldPin, SELF_SIGNED))));
        session.logins.add(CompletableFuture.completedFuture(ADMIN_SESSION));
        model.login();

        assertEquals(SELF_SIGNED, model.certificateToReviewProperty().get());
        assertEquals(oldPin, model.replacedFingerprintProperty().get());
        assertTrue(model.errorProperty().get().contains(oldPin), model.errorProperty().get());
        assertTrue(model.errorProperty().get().contains(SELF_SIGNED.sha256()), model.errorProperty().get());
        assertTrue(loggedIn.isEmpty(), "a changed certificate never logs in by itself");

        model.trustCertificate();

        assertEquals(Optional.of(SELF_SIGNED.sha256()), new CertificatePinStore(dataDir()).pinFor("localhost"));
        assertEquals(SELF_SIGNED.sha256(), session.loginCalls.get(1).pin());
        assertNull(model.replacedFingerprintProperty().get());
        assertEquals(1, loggedIn.size());
    }

    @Test
    void loggedInRecordNeverPrintsThePassword() {
        LoginViewModel.LoggedIn value = new LoginViewModel.LoggedIn(ADMIN_SESSION,
                new LoginRequest("admin@localhost", null, 0, TlsMode.STARTTLS), "hunter2-secret", null);

        assertFalse(value.toString().contains("hunter2-secret"), value.toString());
    }

    @Test
    void laterLoginsUseTheStoredPin() throws IOException {
        new CertificatePinStore(dataDir()).pin("localhost", SELF_SIGNED.sha256());
        LoginViewModel model = newModel();
        fill(model, "admin@localhost", "", "", TlsMode.STARTTLS);
        session.logins.add(CompletableFuture.completedFuture(ADMIN_SESSION));

        model.login();

        assertEquals(SELF_SIGNED.sha256(), session.loginCalls.get(0).pin());
    }

    @Test
    void rejectingTheCertificateClearsItWithAMessage() {
        LoginViewModel model = newModel();
        fill(model, "admin@localhost", "", "", TlsMode.STARTTLS);
        session.logins.add(CompletableFuture.failedFuture(new FailureException(
                new Failure.UntrustedCertificate("localhost", SELF_SIGNED))));
        model.login();

        model.rejectCertificate();

        assertNull(model.certificateToReviewProperty().get());
        assertTrue(model.errorProperty().get().contains("not trusted"), model.errorProperty().get());
        assertEquals(Optional.empty(), new CertificatePinStore(dataDir()).pinFor("localhost"));
        assertEquals(1, session.loginCalls.size());
        assertTrue(loggedIn.isEmpty());
    }

    @Test
    void trustingWithAnUnreadablePinFileShowsAnErrorInsteadOfThrowing() throws IOException {
        Files.createDirectories(dataDir());
        Files.writeString(dataDir().resolve("certificate-pins.properties"), "localhost=\\uZZZZ\n");
        LoginViewModel model = newModel();
        fill(model, "admin@localhost", "", "", TlsMode.STARTTLS);
        session.logins.add(CompletableFuture.failedFuture(new FailureException(
                new Failure.UntrustedCertificate("localhost", SELF_SIGNED))));
        session.logins.add(CompletableFuture.completedFuture(ADMIN_SESSION));
        model.login();

        assertDoesNotThrow(model::trustCertificate);

        assertTrue(!model.errorProperty().get().isEmpty() || loggedIn.size() == 1,
                "either the pin was saved and the login retried, or the admin is told why not");
    }

    @Test
    void invalidInputNeverReachesTheSession() {
        LoginViewModel model = newModel();

        fill(model, "", "", "", TlsMode.STARTTLS);
        model.login();
        assertEquals("Enter your JID, such as admin@example.org.", model.problems().jid().get());

        fill(model, "admin@localhost", "", "99999", TlsMode.STARTTLS);
        model.login();
        assertEquals("The port must be a number from 1 to 65535.", model.problems().port().get());

        model.jidProperty().set("admin@localhost");
        model.portProperty().set("");
        model.passwordProperty().set("");
        model.login();
        assertEquals("Enter the password.", model.problems().password().get());

        assertTrue(session.loginCalls.isEmpty());
        assertFalse(model.busyProperty().get());
        assertTrue(loggedIn.isEmpty());
    }

    @Test
    void rememberedLoginPrefillsTheForm() throws IOException {
        new ProfileStore(configDir()).saveUsed(ServerProfile.create("",
                new LoginRequest("admin@example.org", "xmpp.example.org", 5223, TlsMode.DIRECT_TLS)));

        LoginViewModel model = newModel();

        assertEquals("admin@example.org", model.jidProperty().get());
        assertEquals("xmpp.example.org", model.hostProperty().get());
        assertEquals("5223", model.portProperty().get());
        assertEquals(TlsMode.DIRECT_TLS, model.tlsProperty().get());
        assertTrue(model.advancedShownProperty().get());
        assertEquals("", model.passwordProperty().get());
    }

    @Test
    void rememberedPlainLoginKeepsAdvancedOptionsHidden() throws IOException {
        // Written by a version before profiles: it is migrated into the first profile.
        Files.createDirectories(configDir());
        Files.writeString(configDir().resolve("last-login.properties"),
                "jid=admin@example.org\nport=0\ntls=STARTTLS\n");

        LoginViewModel model = newModel();

        assertEquals("admin@example.org", model.jidProperty().get());
        assertEquals("", model.hostProperty().get());
        assertEquals("", model.portProperty().get());
        assertFalse(model.advancedShownProperty().get());
    }

    @Test
    void noRememberedLoginLeavesTheFormEmpty() {
        LoginViewModel model = newModel();

        assertEquals("", model.jidProperty().get());
        assertEquals(TlsMode.STARTTLS, model.tlsProperty().get());
    }

    @Test
    void cancellingALoginThatHasAlreadySucceededLogsOutAgain() {
        LoginViewModel model = newModel();
        fill(model, "admin@localhost", "", "", TlsMode.STARTTLS);
        CompletableFuture<SessionInfo> done = new CompletableFuture<>();
        session.logins.add(done);
        java.util.List<Runnable> queued = new java.util.ArrayList<>();
        LoginViewModel queuedModel = new LoginViewModel(session, new CertificatePinStore(dataDir()),
                new ProfileStore(configDir()), vault, queued::add);
        fill(queuedModel, "admin@localhost", "", "", TlsMode.STARTTLS);
        queuedModel.setOnLoggedIn(loggedIn::add);
        queuedModel.login();
        done.complete(ADMIN_SESSION);

        queuedModel.cancel();
        queued.forEach(Runnable::run);

        assertEquals(1, session.logouts, "the session that did log in is closed again");
        assertTrue(loggedIn.isEmpty());
        assertFalse(queuedModel.busyProperty().get());
    }

    @Test
    void cancellingAbortsTheAttemptAndIgnoresALateAnswer() {
        LoginViewModel model = newModel();
        fill(model, "admin@localhost", "", "", TlsMode.STARTTLS);
        CompletableFuture<SessionInfo> pending = new CompletableFuture<>();
        session.logins.add(pending);
        model.login();

        model.cancel();
        pending.complete(ADMIN_SESSION);

        assertFalse(model.busyProperty().get());
        assertTrue(loggedIn.isEmpty());
        assertEquals(1, session.aborts);
    }

}
