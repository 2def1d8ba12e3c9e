package org.invitemanager.ui.login;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.invitemanager.domain.LoginRequest;
import org.invitemanager.domain.TlsMode;
import org.invitemanager.settings.ServerProfile;

/** The form as typed, and filling it from a stored profile. */
final class LoginFields {

    final StringProperty jid = new SimpleStringProperty("");
    final StringProperty password = new SimpleStringProperty("");
    final StringProperty host = new SimpleStringProperty("");
    final StringProperty port = new SimpleStringProperty("");
    final ObjectProperty<TlsMode> tls = new SimpleObjectProperty<>(TlsMode.STARTTLS);
    final StringProperty displayName = new SimpleStringProperty("");
    final BooleanProperty remember = new SimpleBooleanProperty(false);
    final BooleanProperty advancedShown = new SimpleBooleanProperty(false);

    /** Shows the profile, or an empty form for null; the password is always cleared, it belongs to one account. */
    void fill(ServerProfile profile) {
        LoginRequest login = profile == null ? null : profile.login();
        password.set("");
        remember.set(false);
        displayName.set(profile == null ? "" : profile.displayName());
        jid.set(login == null ? "" : login.jid());
        host.set(login == null || login.host() == null ? "" : login.host());
        port.set(login != null && login.port() > 0 ? Integer.toString(login.port()) : "");
        tls.set(login == null ? TlsMode.STARTTLS : login.tls());
        // Connection settings stay folded away unless the profile needs them.
        advancedShown.set(login != null
                && (login.host() != null || login.port() > 0 || login.tls() != TlsMode.STARTTLS));
    }

    LoginForm.Result validate() {
        return LoginForm.validate(jid.get(), password.get(), host.get(), port.get(), tls.get());
    }
}
