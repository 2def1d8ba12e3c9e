package org.invitemanager.ui.login;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.logging.Logger;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.invitemanager.domain.CertificateInfo;
import org.invitemanager.domain.Failure;
import org.invitemanager.domain.FailureException;
import org.invitemanager.domain.LoginRequest;
import org.invitemanager.domain.SessionInfo;
import org.invitemanager.domain.TlsMode;
import org.invitemanager.settings.CertificatePinStore;
import org.invitemanager.settings.PasswordVault;
import org.invitemanager.settings.ProfileStore;
import org.invitemanager.ui.FailureMessages;
import org.invitemanager.ui.Texts;
import org.invitemanager.xmpp.XmppSession;

/**
 * The login screen's state: the server picker, the form and what is wrong with it, the busy flag, the error line, a
 * certificate awaiting a decision, and whether the password may be remembered in the OS keyring.
 */
public final class LoginViewModel {

    private static final Logger LOG = Logger.getLogger(LoginViewModel.class.getName());

    private final LoginFields fields = new LoginFields();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<CertificateInfo> certificateToReview = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper replacedFingerprint = new ReadOnlyStringWrapper();

    private final XmppSession session;
    private final CertificatePinStore pins;
    private final Executor ui;
    private final RememberedPassword keyring;
    private final FieldProblems problems;
    private final TrustedCertificate trusted;
    private final ProfileChoices choices;
    private final BooleanBinding canDelete;
    private final StringBinding displayNamePrompt = Bindings.createStringBinding(() -> {
        String domain = LoginForm.domainOf(fields.jid.get());
        return domain.isEmpty() ? Texts.get("login.displayName.prompt") : domain;
    }, fields.jid);
    private Consumer<LoggedIn> onLoggedIn = loggedIn -> { };
    private LoginRequest pendingRequest;
    private CompletableFuture<SessionInfo> inFlight;

    /** A successful login, with what is needed to log in again after a drop. */
    public record LoggedIn(SessionInfo session, LoginRequest request, String password, String pinnedSha256) {
        /** The same login, with what the account may do as the server now says. */
        public LoggedIn withSession(SessionInfo now) {
            return new LoggedIn(now, request, password, pinnedSha256);
        }

        @Override
        public String toString() {
            return "LoggedIn[" + session.account() + "]";
        }
    }

    /** Reads the profiles and starts checking the keyring; the last used profile is chosen. */
    public LoginViewModel(XmppSession session, CertificatePinStore pins, ProfileStore profiles, PasswordVault vault,
                          Executor ui) {
        this.session = session;
        this.pins = pins;
        this.ui = ui;
        this.problems = new FieldProblems(fields.jid, fields.password, fields.host, fields.port);
        this.trusted = new TrustedCertificate(pins, notice::set);
        this.keyring = new RememberedPassword(vault, ui);
        this.choices = new ProfileChoices(profiles, fields, keyring, trusted, notice::set, () -> {
            clearReview();
            problems.hide();
            error.set("");
        });
        this.canDelete = Bindings.createBooleanBinding(() -> choices.selected().get() != null
                && !choices.selected().get().isNew() && !busy.get(), choices.selected(), busy);
    }

    public void setOnLoggedIn(Consumer<LoggedIn> onLoggedIn) {
        this.onLoggedIn = onLoggedIn;
    }

    /** Checks the form and starts logging in; does nothing while a login is running or the form is invalid. */
    public void login() {
        if (busy.get()) {
            return;
        }
        clearReview();
        LoginForm.Result form = fields.validate();
        if (!form.ok()) {
            error.set("");
            problems.show();
            if (problems.inConnectionSettings()) {
                fields.advancedShown.set(true);
            }
            return;
        }
        problems.hide();
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
            error.set(Texts.format("login.certificate.pinFailed", e.getMessage()));
            return;
        }
        clearReview();
        trusted.refresh();
        connect(pendingRequest);
    }

    public void rejectCertificate() {
        clearReview();
        error.set(Texts.get("login.certificate.rejected"));
    }

    /** Removes the chosen profile and its remembered password; the view has asked for confirmation already. */
    public void deleteSelectedProfile() {
        if (!busy.get()) {
            choices.deleteSelected();
        }
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
        String secret = fields.password.get();
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
                notice.set("");
                choices.saveUsed(request, secret);
                fields.password.set("");
                onLoggedIn.accept(new LoggedIn(info, request, secret, pin));
            }
        }, ui);
    }

    private void showFailure(Failure failure) {
        if (failure instanceof Failure.UntrustedCertificate untrusted) {
            certificateToReview.set(untrusted.certificate());
        } else if (failure instanceof Failure.CertificateNameMismatch wrongName) {
            // A server known by another name, or reached by address: the admin may still pin it, with the error above
            // the review saying which names it has. An expired certificate is not offered: a pin would not help.
            certificateToReview.set(wrongName.certificate());
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

    public ObservableList<ProfileChoice> profiles() {
        return FXCollections.unmodifiableObservableList(choices.items());
    }

    /** The chosen server; bind a picker to it. Choosing fills the form, "New server…" empties it. */
    public ObjectProperty<ProfileChoice> selectedProfileProperty() {
        return choices.selected();
    }

    public ObservableBooleanValue canDeleteProfile() {
        return canDelete;
    }

    public StringProperty displayNameProperty() {
        return fields.displayName;
    }

    /** What an empty display name stands for: the JID's domain. */
    public ObservableStringValue displayNamePrompt() {
        return displayNamePrompt;
    }

    public StringProperty jidProperty() {
        return fields.jid;
    }

    public StringProperty passwordProperty() {
        return fields.password;
    }

    public StringProperty hostProperty() {
        return fields.host;
    }

    public StringProperty portProperty() {
        return fields.port;
    }

    public ObjectProperty<TlsMode> tlsProperty() {
        return fields.tls;
    }

    public BooleanProperty advancedShownProperty() {
        return fields.advancedShown;
    }

    /** Whether a successful login stores the password in the OS keyring (ticked) or removes it (unticked). */
    public BooleanProperty rememberPasswordProperty() {
        return fields.remember;
    }

    /** Whether the keyring can be used, and why not; "Remember password" is offered only when it can. */
    RememberedPassword keyring() {
        return keyring;
    }

    /** Each field's problem in words, once a login was tried. */
    FieldProblems problems() {
        return problems;
    }

    /** The trusted certificate of the chosen server's domain, and forgetting it. */
    TrustedCertificate trustedCertificate() {
        return trusted;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Something about the saved settings the admin should know, such as a damaged profile file set aside. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<CertificateInfo> certificateToReviewProperty() {
        return certificateToReview.getReadOnlyProperty();
    }

    /** The fingerprint trusted before, when the certificate under review replaces it; else null. */
    public ReadOnlyStringProperty replacedFingerprintProperty() {
        return replacedFingerprint.getReadOnlyProperty();
    }
}
