package org.invitemanager.ui.login;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.logging.Logger;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.invitemanager.domain.CertificateInfo;
import org.invitemanager.domain.Failure;
import org.invitemanager.domain.FailureException;
import org.invitemanager.domain.LoginRequest;
import org.invitemanager.domain.SessionInfo;
import org.invitemanager.domain.TlsMode;
import org.invitemanager.settings.CertificatePinStore;
import org.invitemanager.settings.LastLoginStore;
import org.invitemanager.ui.FailureMessages;
import org.invitemanager.xmpp.XmppSession;

/** The login screen's state: the form, the busy flag, the error line and a certificate awaiting a decision. */
public final class LoginViewModel {

    private static final Logger LOG = Logger.getLogger(LoginViewModel.class.getName());

    private final StringProperty jid = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty host = new SimpleStringProperty("");
    private final StringProperty port = new SimpleStringProperty("");
    private final ObjectProperty<TlsMode> tls = new SimpleObjectProperty<>(TlsMode.STARTTLS);
    private final BooleanProperty advancedShown = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<CertificateInfo> certificateToReview = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper replacedFingerprint = new ReadOnlyStringWrapper();

    private final XmppSession session;
    private final CertificatePinStore pins;
    private final LastLoginStore lastLogin;
    private final Executor ui;
    private Consumer<LoggedIn> onLoggedIn = loggedIn -> { };
    private LoginRequest pendingRequest;
    private CompletableFuture<SessionInfo> inFlight;

    /** A successful login, with what is needed to log in again after a drop. */
    public record LoggedIn(SessionInfo session, LoginRequest request, String password, String pinnedSha256) {
        @Override
        public String toString() {
            return "LoggedIn[" + session.account() + "]";
        }
    }

    public LoginViewModel(XmppSession session, CertificatePinStore pins, LastLoginStore lastLogin, Executor ui) {
        this.session = session;
        this.pins = pins;
        this.lastLogin = lastLogin;
        this.ui = ui;
        lastLogin.load().ifPresent(this::fill);
    }

    private void fill(LoginRequest remembered) {
        jid.set(remembered.jid());
        host.set(remembered.host() == null ? "" : remembered.host());
        port.set(remembered.port() > 0 ? Integer.toString(remembered.port()) : "");
        tls.set(remembered.tls());
        advancedShown.set(remembered.host() != null || remembered.port() > 0 || remembered.tls() != TlsMode.STARTTLS);
    }

    public void setOnLoggedIn(Consumer<LoggedIn> onLoggedIn) {
        this.onLoggedIn = onLoggedIn;
    }

    /** Checks the form and starts logging in; does nothing while a login is running. */
    public void login() {
        if (busy.get()) {
            return;
        }
        clearReview();
        LoginForm.Result form = LoginForm.validate(jid.get(), password.get(), host.get(), port.get(), tls.get());
        if (!form.ok()) {
            error.set(form.error());
            return;
        }
        pendingRequest = form.request();
        connect(pendingRequest);
    }

    /**
     * The admin checked the certificate and trusts it: pin it, replacing any earlier pin, and try again. A changed
     * certificate is pinned even when the system would trust it: its name has not been checked at this point, and
     * dropping the pin would let a later stranger's certificate look like a first visit.
     */
    public void trustCertificate() {
        CertificateInfo certificate = certificateToReview.get();
        if (certificate == null || pendingRequest == null) {
            return;
        }
        try {
            pins.pin(pendingRequest.domain(), certificate.sha256());
        } catch (IOException e) {
            LOG.warning(() -> "cannot save certificate pin: " + e.getClass().getSimpleName());
            error.set("The certificate could not be saved as trusted: " + e.getMessage());
            return;
        }
        clearReview();
        connect(pendingRequest);
    }

    public void rejectCertificate() {
        clearReview();
        error.set("Not connected: the certificate was not trusted.");
    }

    /** Stops a login in progress; one that has already succeeded is logged out again. */
    public void cancel() {
        if (inFlight != null) {
            boolean stillRunning = inFlight.cancel(false);
            inFlight = null;
            busy.set(false);
            session.abort();
            if (!stillRunning) {
                // Its success is waiting to be shown; queued now, the logout runs before any next login.
                session.logout();
            }
        }
    }

    private void connect(LoginRequest request) {
        busy.set(true);
        error.set("");
        String pin = pins.pinFor(request.domain()).orElse(null);
        String secret = password.get();
        CompletableFuture<SessionInfo> attempt = session.login(request, secret, pin);
        inFlight = attempt;
        attempt.whenCompleteAsync((info, failure) -> {
            if (inFlight != attempt) {
                return;
            }
            inFlight = null;
            busy.set(false);
            if (failure != null) {
                showFailure(FailureException.of(failure));
            } else {
                remember(request);
                password.set("");
                onLoggedIn.accept(new LoggedIn(info, request, secret, pin));
            }
        }, ui);
    }

    private void showFailure(Failure failure) {
        if (failure instanceof Failure.UntrustedCertificate untrusted) {
            certificateToReview.set(untrusted.certificate());
        } else if (failure instanceof Failure.CertificateChanged changed) {
            replacedFingerprint.set(changed.pinnedSha256());
            certificateToReview.set(changed.presented());
        }
        error.set(FailureMessages.describe(failure));
    }

    private void clearReview() {
        certificateToReview.set(null);
        replacedFingerprint.set(null);
    }

    private void remember(LoginRequest request) {
        try {
            lastLogin.save(request);
        } catch (IOException e) {
            LOG.warning(() -> "cannot remember the last login: " + e.getClass().getSimpleName());
        }
    }

    public StringProperty jidProperty() {
        return jid;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty portProperty() {
        return port;
    }

    public ObjectProperty<TlsMode> tlsProperty() {
        return tls;
    }

    public BooleanProperty advancedShownProperty() {
        return advancedShown;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<CertificateInfo> certificateToReviewProperty() {
        return certificateToReview.getReadOnlyProperty();
    }

    /** The fingerprint trusted before, when the certificate under review replaces it; else null. */
    public ReadOnlyStringProperty replacedFingerprintProperty() {
        return replacedFingerprint.getReadOnlyProperty();
    }
}
