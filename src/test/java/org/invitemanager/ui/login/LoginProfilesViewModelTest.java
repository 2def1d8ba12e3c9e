package org.invitemanager.ui.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.invitemanager.domain.Failure;
import org.invitemanager.domain.FailureException;
import org.invitemanager.domain.LoginRequest;
import org.invitemanager.domain.ServerCapabilities;
import org.invitemanager.domain.SessionInfo;
import org.invitemanager.domain.TlsMode;
import org.invitemanager.settings.CertificatePinStore;
import org.invitemanager.settings.PasswordVault.Availability;
import org.invitemanager.settings.PasswordVault.Problem;
import org.invitemanager.settings.ProfileStore;
import org.invitemanager.settings.ServerProfile;
import org.invitemanager.testsupport.FakeXmppSession;
import org.invitemanager.testsupport.InMemoryPasswordVault;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The login screen's server profiles, remembered passwords, trusted certificate and field checks. */
class LoginProfilesViewModelTest {

    private static final String PASSWORD = "Tr0ub4dor&3-ünïcode";
    private static final String FINGERPRINT =
            "AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89";
    private static final ServerProfile WORK = new ServerProfile("work-id", "Work",
            new LoginRequest("admin@example.org", "xmpp.example.org", 5223, TlsMode.DIRECT_TLS));
    private static final ServerProfile HOME = new ServerProfile("home-id", "",
            new LoginRequest("me@home.example", null, 0, TlsMode.STARTTLS));

    @TempDir
    Path temp;

    private final FakeXmppSession session = new FakeXmppSession();
    private final List<LoginViewModel.LoggedIn> loggedIn = new ArrayList<>();
    private InMemoryPasswordVault vault = new InMemoryPasswordVault();

    @BeforeEach
    void storeTwoProfiles() throws IOException {
        ProfileStore store = new ProfileStore(configDir());
        store.saveUsed(WORK);
        store.saveUsed(HOME);
    }

    private Path configDir() {
        return temp.resolve("config");
    }

    private Path dataDir() {
        return temp.resolve("data");
    }

    private LoginViewModel newModel() {
        LoginViewModel model = new LoginViewModel(session, new CertificatePinStore(dataDir()),
                new ProfileStore(configDir()), vault, Runnable::run);
        model.setOnLoggedIn(loggedIn::add);
        return model;
    }

    private void succeedNextLogin(String account) {
        session.logins.add(CompletableFuture.completedFuture(new SessionInfo(account,
                new ServerCapabilities(account.substring(account.indexOf('@') + 1), Set.of()))));
    }

    @Test
    void theLastUsedProfileIsChosenAtStartAndFillsTheForm() {
        LoginViewModel model = newModel();

        assertEquals(List.of("Work", "home.example", "New server…"),
                model.profiles().stream().map(ProfileChoice::label).toList());
        assertEquals(HOME, model.selectedProfileProperty().get().profile());
        assertEquals("me@home.example", model.jidProperty().get());
        assertEquals("", model.displayNameProperty().get());
        assertEquals("home.example", model.displayNamePrompt().get());
        assertFalse(model.advancedShownProperty().get());
    }

    @Test
    void choosingAProfileFillsEveryFieldAndNewServerEmptiesThem() {
        LoginViewModel model = newModel();

        model.selectedProfileProperty().set(model.profiles().get(0));

        assertEquals("Work", model.displayNameProperty().get());
        assertEquals("admin@example.org", model.jidProperty().get());
        assertEquals("xmpp.example.org", model.hostProperty().get());
        assertEquals("5223", model.portProperty().get());
        assertEquals(TlsMode.DIRECT_TLS, model.tlsProperty().get());
        assertTrue(model.advancedShownProperty().get());

        model.passwordProperty().set("typed for work");
        model.selectedProfileProperty().set(ProfileChoice.NEW);

        assertEquals("", model.jidProperty().get());
        assertEquals("", model.hostProperty().get());
        assertEquals("", model.portProperty().get());
        assertEquals("", model.displayNameProperty().get());
        assertEquals("", model.passwordProperty().get(), "a password belongs to one account");
        assertEquals(TlsMode.STARTTLS, model.tlsProperty().get());
        assertFalse(model.canDeleteProfile().get());
    }

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
    void aSuccessfulLoginOnANewServerCreatesAProfileAndChoosesIt() {
        LoginViewModel model = newModel();
        model.selectedProfileProperty().set(ProfileChoice.NEW);
        model.displayNameProperty().set("Lab ✓");
        model.jidProperty().set("Root@Lab.Example");
        model.passwordProperty().set(PASSWORD);
        succeedNextLogin("root@lab.example");

        model.login();

        ProfileStore.Loaded stored = new ProfileStore(configDir()).load();
        assertEquals(3, stored.profiles().size());
        ServerProfile created = stored.profiles().get(2);
        assertEquals("Lab ✓", created.displayName());
        assertEquals(new LoginRequest("root@lab.example", null, 0, TlsMode.STARTTLS), created.login());
        assertEquals(Optional.of(created.id()), stored.lastUsedId());
        assertEquals(created, model.selectedProfileProperty().get().profile());
        assertEquals(List.of("Work", "home.example", "Lab ✓", "New server…"),
                model.profiles().stream().map(ProfileChoice::label).toList());
        assertEquals("", model.passwordProperty().get());
    }

    @Test
    void aSuccessfulLoginWithAChosenProfileUpdatesItInPlace() {
        LoginViewModel model = newModel();
        model.selectedProfileProperty().set(model.profiles().get(0));
        model.hostProperty().set("xmpp2.example.org");
        model.passwordProperty().set(PASSWORD);
        succeedNextLogin("admin@example.org");

        model.login();

        ProfileStore.Loaded stored = new ProfileStore(configDir()).load();
        assertEquals(List.of("work-id", "home-id"), stored.profiles().stream().map(ServerProfile::id).toList());
        assertEquals("xmpp2.example.org", stored.profiles().get(0).login().host());
        assertEquals(Optional.of("work-id"), stored.lastUsedId());
        assertEquals("work-id", model.selectedProfileProperty().get().profile().id());
    }

    @Test
    void aNewServerWithAStoredJidUpdatesThatProfileInsteadOfAddingASecond() {
        LoginViewModel model = newModel();
        model.selectedProfileProperty().set(ProfileChoice.NEW);
        model.jidProperty().set("ME@home.example");
        model.passwordProperty().set(PASSWORD);
        succeedNextLogin("me@home.example");

        model.login();

        assertEquals(List.of("work-id", "home-id"),
                new ProfileStore(configDir()).load().profiles().stream().map(ServerProfile::id).toList());
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

    @Test
    void deletingTheChosenProfileRemovesItAndItsPasswordAndEmptiesTheForm() {
        vault.stored.put("home-id", PASSWORD);
        LoginViewModel model = newModel();
        assertTrue(model.canDeleteProfile().get());

        model.deleteSelectedProfile();

        assertEquals(List.of(WORK), new ProfileStore(configDir()).load().profiles());
        assertFalse(vault.stored.containsKey("home-id"));
        assertEquals(ProfileChoice.NEW, model.selectedProfileProperty().get());
        assertEquals(List.of("Work", "New server…"), model.profiles().stream().map(ProfileChoice::label).toList());
        assertEquals("", model.jidProperty().get());
        assertEquals("", model.passwordProperty().get());
    }

    @Test
    void aDamagedProfileFileIsReportedWithWhereTheOldFileNowIs() throws IOException {
        Files.writeString(configDir().resolve("profiles.properties"), "version=1\nprofile.1.port=abc\n");

        LoginViewModel model = newModel();

        List<Path> aside;
        try (Stream<Path> files = Files.list(configDir())) {
            aside = files.filter(p -> p.getFileName().toString().startsWith("profiles.properties.corrupt-")).toList();
        }
        assertEquals(1, aside.size());
        String notice = model.noticeProperty().get();
        assertTrue(notice.contains("could not be read"), notice);
        assertTrue(notice.contains(aside.get(0).toString()), notice);
        assertEquals(List.of(ProfileChoice.NEW), model.profiles());
        assertEquals("", model.jidProperty().get());
    }

    @Test
    void theChosenServersTrustedCertificateIsShownInShortAndCanBeForgotten() throws IOException {
        new CertificatePinStore(dataDir()).pin("example.org", FINGERPRINT);
        LoginViewModel model = newModel();
        assertEquals("", model.trustedCertificate().text().get(), "nothing pinned for home.example");

        model.selectedProfileProperty().set(model.profiles().get(0));

        assertEquals("Trusted certificate for example.org: AB:CD:EF:01 … 23:45:67:89",
                model.trustedCertificate().text().get());
        assertEquals(FINGERPRINT, model.trustedCertificate().fingerprint().get());

        model.trustedCertificate().forget();

        assertEquals("", model.trustedCertificate().text().get());
        assertEquals(Optional.empty(), new CertificatePinStore(dataDir()).pinFor("example.org"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "admin@@x        | p  |         |       | jid      | \"admin@@x\" is not a JID. It looks like admin@example.org.",
        "no-at-sign      | p  |         |       | jid      | \"no-at-sign\" is not a JID. It looks like admin@example.org.",
        "example.org     | p  |         |       | jid      | \"example.org\" is not a JID. It looks like admin@example.org.",
        "a@example.org   |    |         |       | password | Enter the password.",
        "a@example.org   | p  |         | abc   | port     | The port must be a number from 1 to 65535.",
        "a@example.org   | p  |         | 0     | port     | The port must be a number from 1 to 65535.",
        "a@example.org   | p  |         | 70000 | port     | The port must be a number from 1 to 65535.",
        "a@example.org   | p  | my host |       | host     | \"my host\" is not a host name or address.",
    })
    void invalidInputIsNamedAtItsFieldAndNothingIsSent(String jid, String password, String host, String port,
                                                       String field, String words) {
        LoginViewModel model = newModel();
        model.selectedProfileProperty().set(ProfileChoice.NEW);
        model.jidProperty().set(jid);
        model.passwordProperty().set(password == null ? "" : password);
        model.hostProperty().set(host == null ? "" : host);
        model.portProperty().set(port == null ? "" : port);
        assertEquals("", problem(model, field), "quiet before the first attempt");

        model.login();

        assertEquals(words, problem(model, field));
        assertTrue(session.loginCalls.isEmpty(), "nothing goes to the network");
        assertFalse(model.busyProperty().get());
        assertEquals("", model.errorProperty().get());
        assertEquals(field.equals("host") || field.equals("port"), model.advancedShownProperty().get(),
                "connection settings open when their fields need attention");
    }

    @Test
    void aFixedFieldIsClearedAtOnceAndAnotherServerStartsQuiet() {
        LoginViewModel model = newModel();
        model.jidProperty().set("admin@@x");
        model.login();
        assertFalse(model.problems().jid().get().isEmpty());
        assertEquals("Enter the password.", model.problems().password().get());

        model.jidProperty().set("admin@x");
        assertEquals("", model.problems().jid().get());

        model.selectedProfileProperty().set(model.profiles().get(0));
        assertEquals("", model.problems().password().get());
    }

    private static String problem(LoginViewModel model, String field) {
        return switch (field) {
            case "jid" -> model.problems().jid().get();
            case "password" -> model.problems().password().get();
            case "host" -> model.problems().host().get();
            default -> model.problems().port().get();
        };
    }
}
