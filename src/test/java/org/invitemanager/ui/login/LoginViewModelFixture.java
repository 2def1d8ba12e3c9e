package org.invitemanager.ui.login;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.invitemanager.domain.ServerCapabilities;
import org.invitemanager.domain.SessionInfo;
import org.invitemanager.settings.CertificatePinStore;
import org.invitemanager.settings.ProfileStore;
import org.invitemanager.testsupport.FakeXmppSession;
import org.invitemanager.testsupport.InMemoryPasswordVault;
import org.junit.jupiter.api.io.TempDir;

/** What the login view-model tests share: a fake session, a keyring in memory, and the app's folders in a temp dir. */
abstract class LoginViewModelFixture {

    @TempDir
    Path temp;

    FakeXmppSession session = new FakeXmppSession();
    InMemoryPasswordVault vault = new InMemoryPasswordVault();
    final List<LoginViewModel.LoggedIn> loggedIn = new ArrayList<>();

    Path configDir() {
        return temp.resolve("config");
    }

    Path dataDir() {
        return temp.resolve("data");
    }

    LoginViewModel newModel() {
        LoginViewModel model = new LoginViewModel(session, new CertificatePinStore(dataDir()),
                new ProfileStore(configDir()), vault, Runnable::run);
        model.setOnLoggedIn(loggedIn::add);
        return model;
    }

    void succeedNextLogin(String account) {
        session.logins.add(CompletableFuture.completedFuture(new SessionInfo(account,
                new ServerCapabilities(account.substring(account.indexOf('@') + 1), Set.of()))));
    }
}
