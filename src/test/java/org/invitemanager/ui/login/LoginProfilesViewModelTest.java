package org.invitemanager.ui.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.invitemanager.domain.LoginRequest;
import org.invitemanager.domain.TlsMode;
import org.invitemanager.settings.CertificatePinStore;
import org.invitemanager.settings.ProfileStore;
import org.invitemanager.settings.ServerProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The login screen's server profiles, trusted certificate and field checks. */
class LoginProfilesViewModelTest extends StoredProfilesFixture {

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
