package org.invitemanager.ui.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.invitemanager.domain.Failure;
import org.invitemanager.domain.FailureException;
import org.invitemanager.settings.CertificatePinStore;
import org.invitemanager.settings.PasswordVault.Availability;
import org.invitemanager.settings.PasswordVault.Problem;
import org.invitemanager.settings.ProfileStore;
import org.invitemanager.testsupport.InMemoryPasswordVault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "Remember password": the keyring is asked only when it is there, and the password goes nowhere else. */
class LoginRememberedPasswordViewModelTest extends StoredProfilesFixture {

    @Test
    void aRememberedPasswordIsFilledInAndTicksRemember() {
        vault.stored.put("work-id", PASSWORD);
        LoginViewModel model = newModel();
        assertEquals("", model.passwordProperty().get(), "nothing remembered for the home server");
        assertFalse(model.rememberPasswordProperty().get());

        model.selectedProfileProperty().set(model.profiles().get(0));

        assertEquals(PASSWORD, model.passwordProperty().get());
        assertTrue(model.rememberPasswordProperty().get());
        assertTrue(model.keyring().available().get());
    }

    @Test
    void whileTheKeyringIsCheckedTheOptionWaitsAndThePasswordArrivesAfterwards() {
        vault.stored.put("home-id", PASSWORD);
        CompletableFuture<Availability> check = vault.holdAvailability();
        LoginViewModel model = newModel();

        assertFalse(model.keyring().available().get());
        assertEquals("Checking for a keyring…", model.keyring().hint().get());
        assertEquals("", model.passwordProperty().get());
        assertEquals(List.of(), vault.calls, "no keyring call before the check");

        check.complete(Availability.yes());

        assertTrue(model.keyring().available().get());
        assertEquals(PASSWORD, model.passwordProperty().get());
    }

    @Test
    void typingWinsOverAPasswordThatArrivesLate() {
        vault.stored.put("home-id", PASSWORD);
        CompletableFuture<Availability> check = vault.holdAvailability();
        LoginViewModel model = newModel();
        model.passwordProperty().set("typed");

        check.complete(Availability.yes());

        assertEquals("typed", model.passwordProperty().get());
        assertFalse(model.rememberPasswordProperty().get());
    }

    @Test
    void rememberTickedKeepsThePasswordInTheKeyringUnderTheProfileAndNowhereElse() throws IOException {
        LoginViewModel model = newModel();
        model.passwordProperty().set(PASSWORD);
        model.rememberPasswordProperty().set(true);
        new CertificatePinStore(dataDir()).pin("home.example", FINGERPRINT);
        succeedNextLogin("me@home.example");

        model.login();

        assertEquals(PASSWORD, vault.stored.get("home-id"));
        assertEquals(PASSWORD, loggedIn.get(0).password());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(temp)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertEquals(2, files.size(), "profiles and pins: " + files);
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            for (String form : new String[] {new String(bytes, StandardCharsets.ISO_8859_1),
                new String(bytes, StandardCharsets.UTF_8)}) {
                assertFalse(form.contains(PASSWORD), file + " holds the password");
                assertFalse(form.contains("Tr0ub4dor"), file + " holds part of the password");
            }
        }
    }

    @Test
    void rememberUntickedRemovesAStoredPassword() {
        vault.stored.put("home-id", "old secret");
        LoginViewModel model = newModel();
        assertTrue(model.rememberPasswordProperty().get());
        model.rememberPasswordProperty().set(false);
        succeedNextLogin("me@home.example");

        model.login();

        assertFalse(vault.stored.containsKey("home-id"));
        assertEquals("delete home-id", vault.calls.get(vault.calls.size() - 1));
    }

    @Test
    void aFailedLoginStoresNoPasswordAndNoProfile() {
        LoginViewModel model = newModel();
        model.selectedProfileProperty().set(ProfileChoice.NEW);
        model.jidProperty().set("new@lab.example");
        model.passwordProperty().set(PASSWORD);
        model.rememberPasswordProperty().set(true);
        session.logins.add(CompletableFuture.failedFuture(new FailureException(new Failure.AuthFailed())));

        model.login();

        assertTrue(vault.stored.isEmpty());
        assertEquals(2, new ProfileStore(configDir()).load().profiles().size());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "NO_KEYRING     | No keyring was found",
        "NOT_RESPONDING | did not answer in time",
        "REFUSED        | may be locked",
        "FAILED         | (boom)",
    })
    void withoutAKeyringTheOptionIsOffAndSaysWhy(Problem problem, String words) {
        vault = InMemoryPasswordVault.unavailable(problem, "boom");
        LoginViewModel model = newModel();
        model.passwordProperty().set(PASSWORD);
        model.rememberPasswordProperty().set(true);
        succeedNextLogin("me@home.example");

        model.login();

        assertFalse(model.keyring().available().get());
        assertTrue(model.keyring().hint().get().contains(words), model.keyring().hint().get());
        assertTrue(model.keyring().hint().get().contains("cannot be remembered"), model.keyring().hint().get());
        assertEquals(List.of(), vault.calls, "an unavailable keyring is not asked");
        assertEquals(1, loggedIn.size(), "logging in works without it");
    }

    @Test
    void aKeyringThatFailsOnSavingSaysSoAndTurnsTheOptionOff() {
        LoginViewModel model = newModel();
        vault.failWith(Problem.REFUSED, "locked");
        model.passwordProperty().set(PASSWORD);
        model.rememberPasswordProperty().set(true);
        succeedNextLogin("me@home.example");

        model.login();

        assertEquals(1, loggedIn.size());
        assertTrue(model.noticeProperty().get().startsWith("The password could not be kept in the keyring."),
                model.noticeProperty().get());
        assertFalse(model.keyring().available().get());
    }
}
