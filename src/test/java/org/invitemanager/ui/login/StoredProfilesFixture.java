package org.invitemanager.ui.login;

import java.io.IOException;
import org.invitemanager.domain.LoginRequest;
import org.invitemanager.domain.TlsMode;
import org.invitemanager.settings.ProfileStore;
import org.invitemanager.settings.ServerProfile;
import org.junit.jupiter.api.BeforeEach;

/** Two stored servers, "Work" and the last used "home.example", for the profile and remembered-password tests. */
abstract class StoredProfilesFixture extends LoginViewModelFixture {

    static final String PASSWORD = "Tr0ub4dor&3-ünïcode";
    static final String FINGERPRINT =
            "AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89";
    static final ServerProfile WORK = new ServerProfile("work-id", "Work",
            new LoginRequest("admin@example.org", "xmpp.example.org", 5223, TlsMode.DIRECT_TLS));
    static final ServerProfile HOME = new ServerProfile("home-id", "",
            new LoginRequest("me@home.example", null, 0, TlsMode.STARTTLS));

    @BeforeEach
    void storeTwoProfiles() throws IOException {
        ProfileStore store = new ProfileStore(configDir());
        store.saveUsed(WORK);
        store.saveUsed(HOME);
    }
}
