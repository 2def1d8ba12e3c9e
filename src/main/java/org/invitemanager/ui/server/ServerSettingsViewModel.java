package org.invitemanager.ui.server;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.invitemanager.domain.Failure;
import org.invitemanager.domain.FailureException;
import org.invitemanager.domain.RegistrationPolicy;
import org.invitemanager.domain.SessionInfo;
import org.invitemanager.ui.FailureMessages;
import org.invitemanager.ui.Texts;
import org.invitemanager.xmpp.XmppSession;

/** The server's registration policy: read it from the server, pick another, and switch, warning before open. */
public final class ServerSettingsViewModel {

    private final ReadOnlyObjectWrapper<RegistrationPolicy> current = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<RegistrationPolicy> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper connected = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canApply = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper unavailableText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper confirmationText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    private final XmppSession session;
    private final Executor ui;
    private String server = "";
    private CompletableFuture<RegistrationPolicy> inFlight;

    public ServerSettingsViewModel(XmppSession session, Executor ui) {
        this.session = session;
        this.ui = ui;
        // While a confirmation is pending only its own buttons may go on, so a double click cannot skip it.
        canApply.bind(Bindings.createBooleanBinding(() -> selected.get() != null && selected.get() != current.get()
                        && ready() && confirmationText.get().isEmpty(),
                selected, current, busy, connected, available, confirmationText));
        // A confirmation answers for the choice it asked about; picking another withdraws it.
        selected.addListener((obs, old, now) -> confirmationText.set(""));
    }

    /** Shows a fresh session; the policy is read only when the screen is shown, see {@link #load()}. */
    public void start(SessionInfo info) {
        dropPending();
        server = info.domain();
        available.set(info.capabilities().canManagePolicy());
        unavailableText.set(available.get() ? "" : Texts.get("server.unavailable"));
        connected.set(true);
        busy.set(false);
        current.set(null);
        selected.set(null);
        confirmationText.set("");
        status.set("");
        error.set("");
    }

    /** Asks the server, every time: another admin or the config may have changed the policy since. */
    public void load() {
        if (ready()) {
            call(session::registrationPolicy, Texts.get("server.status.reading"), false);
        }
    }

    public void apply() {
        if (!canApply.get()) {
            return;
        }
        if (selected.get() == RegistrationPolicy.OPEN) {
            confirmationText.set(Texts.format("server.confirmOpen.question", server));
            return;
        }
        switchTo(selected.get());
    }

    public void confirmOpen() {
        if (confirmationText.get().isEmpty()) {
            return;
        }
        confirmationText.set("");
        switchTo(selected.get());
    }

    public void cancelConfirmation() {
        confirmationText.set("");
        selected.set(current.get());
    }

    public void connectionLost() {
        dropPending();
        connected.set(false);
        busy.set(false);
        status.set("");
        confirmationText.set("");
        selected.set(current.get());
    }

    public void stop() {
        connectionLost();
        error.set("");
    }

    public static PolicyText describe(RegistrationPolicy policy) {
        return PolicyText.of(policy);
    }

    private void switchTo(RegistrationPolicy policy) {
        if (policy != null && ready()) {
            call(() -> session.setRegistrationPolicy(policy), switching(policy), true);
        }
    }

    private boolean ready() {
        return available.get() && !busy.get() && connected.get();
    }

    private void call(Supplier<CompletableFuture<RegistrationPolicy>> request, String doing, boolean switching) {
        busy.set(true);
        error.set("");
        status.set(doing);
        CompletableFuture<RegistrationPolicy> attempt = request.get();
        inFlight = attempt;
        attempt.whenCompleteAsync((policy, failure) -> {
            if (inFlight != attempt) {
                return;
            }
            inFlight = null;
            busy.set(false);
            status.set("");
            if (failure == null) {
                // The server's answer, not the request, is the truth: it may have refused part of it.
                current.set(policy);
                selected.set(policy);
                if (switching && policy != null) {
                    status.set(switched(policy));
                }
                return;
            }
            Failure reason = FailureException.of(failure);
            if (reason instanceof Failure.ConnectionLost) {
                // The drop may reach us here before, or instead of, the connection listener.
                connectionLost();
            }
            selected.set(current.get());
            error.set(FailureMessages.describe(reason));
        }, ui);
    }

    /** Forgets the request in flight; a late answer finds it gone and is ignored. */
    private void dropPending() {
        CompletableFuture<RegistrationPolicy> pending = inFlight;
        // Forget it before cancelling: cancelling runs the callback, which must already find it gone.
        inFlight = null;
        if (pending != null) {
            pending.cancel(false);
        }
    }

    private static String switching(RegistrationPolicy policy) {
        return switch (policy) {
            case INVITE_ONLY -> Texts.get("server.status.switchingInviteOnly");
            case OPEN -> Texts.get("server.status.switchingOpen");
            case CLOSED -> Texts.get("server.status.switchingClosed");
        };
    }

    private static String switched(RegistrationPolicy policy) {
        return switch (policy) {
            case INVITE_ONLY -> Texts.get("server.status.nowInviteOnly");
            case OPEN -> Texts.get("server.status.nowOpen");
            case CLOSED -> Texts.get("server.status.nowClosed");
        };
    }

    public ReadOnlyObjectProperty<RegistrationPolicy> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public ObjectProperty<RegistrationPolicy> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty connectedProperty() {
        return connected.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canApplyProperty() {
        return canApply.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty unavailableTextProperty() {
        return unavailableText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty confirmationTextProperty() {
        return confirmationText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
