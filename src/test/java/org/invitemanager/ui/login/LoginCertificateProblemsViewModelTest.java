package org.invitemanager.ui.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.invitemanager.domain.CertificateInfo;
import org.invitemanager.domain.Failure;
import org.invitemanager.domain.FailureException;
import org.invitemanager.settings.CertificatePinStore;
import org.invitemanager.ui.FailureMessages;
import org.junit.jupiter.api.Test;

/** Which certificate problems the login offers to review: one for another name may be pinned, an expired one not. */
class LoginCertificateProblemsViewModelTest extends LoginViewModelFixture {

    private static final CertificateInfo OTHER_NAME = new CertificateInfo("CN=wrong.example", "CN=wrong.example",
            Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2027-01-01T00:00:00Z"),
            "12:34:56:78:9A:BC:DE:F0:12:34:56:78:9A:BC:DE:F0:12:34:56:78:9A:BC:DE:F0:12:34:56:78:9A:BC:DE:F0");

    private LoginViewModel refusedWith(Failure failure) {
        LoginViewModel model = newModel();
        model.jidProperty().set("admin@localhost");
        model.passwordProperty().set("secret");
        session.logins.add(CompletableFuture.failedFuture(new FailureException(failure)));
        model.login();
        return model;
    }

    @Test
    void certificateForAnotherNameIsOfferedForReviewUnderItsOwnMessage() {
        Failure mismatch = new Failure.CertificateNameMismatch("localhost", OTHER_NAME, List.of("wrong.example"));

        LoginViewModel model = refusedWith(mismatch);

        assertEquals(OTHER_NAME, model.certificateToReviewProperty().get());
        assertNull(model.replacedFingerprintProperty().get());
        assertEquals(FailureMessages.describe(mismatch), model.errorProperty().get());
        assertTrue(model.errorProperty().get().contains("wrong.example"), model.errorProperty().get());
    }

    @Test
    void trustingACertificateForAnotherNamePinsIt() {
        LoginViewModel model = refusedWith(
                new Failure.CertificateNameMismatch("localhost", OTHER_NAME, List.of("wrong.example")));
        succeedNextLogin("admin@localhost");

        model.trustCertificate();

        assertEquals(Optional.of(OTHER_NAME.sha256()), new CertificatePinStore(dataDir()).pinFor("localhost"));
        assertEquals(OTHER_NAME.sha256(), session.loginCalls.get(1).pin());
        assertEquals(1, loggedIn.size());
    }

    @Test
    void expiredCertificateIsNotOfferedForReviewSinceAPinWouldNotHelp() {
        Failure expired = new Failure.CertificateExpired("localhost", OTHER_NAME);

        LoginViewModel model = refusedWith(expired);

        assertNull(model.certificateToReviewProperty().get());
        assertEquals(FailureMessages.describe(expired), model.errorProperty().get());
        assertTrue(model.errorProperty().get().contains("expired on"), model.errorProperty().get());
    }
}
