package org.invitemanager.ui.login;

import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.logging.Logger;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.invitemanager.settings.PasswordVault;
import org.invitemanager.settings.PasswordVault.Availability;
import org.invitemanager.ui.Texts;

/**
 * The "Remember password" option's side of the keyring: whether it can be offered and, when not, why in words. Every
 * keyring answer comes back through {@code ui}; a keyring that fails later turns the option off with the reason.
 */
final class RememberedPassword {

    private static final Logger LOG = Logger.getLogger(RememberedPassword.class.getName());

    private final PasswordVault vault;
    private final Executor ui;
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper(Texts.get("login.remember.checking"));

    RememberedPassword(PasswordVault vault, Executor ui) {
        this.vault = vault;
        this.ui = ui;
        vault.availability().whenCompleteAsync((availability, failure) ->
                apply(failure == null ? availability : availabilityOf(failure)), ui);
    }

    /** Hands over the stored password, if any; says nothing when there is none or the keyring fails. */
    void load(String profileId, Consumer<String> found) {
        if (!available.get()) {
            return;
        }
        vault.load(profileId).whenCompleteAsync((password, failure) -> {
            if (failure != null) {
                apply(availabilityOf(failure));
            } else {
                password.ifPresent(found);
            }
        }, ui);
    }

    /** Stores or removes the password after a login; a failure is reported through {@code problem}, in words. */
    void update(String profileId, String password, boolean remember, Consumer<String> problem) {
        if (!available.get()) {
            return;
        }
        (remember ? vault.save(profileId, password) : vault.delete(profileId)).whenCompleteAsync((done, failure) -> {
            if (failure != null) {
                Availability reason = availabilityOf(failure);
                apply(reason);
                problem.accept(Texts.format(remember ? "login.remember.saveFailed" : "login.remember.deleteFailed",
                        describe(reason)));
            }
        }, ui);
    }

    void forget(String profileId) {
        update(profileId, null, false, problem -> { });
    }

    private void apply(Availability availability) {
        available.set(availability.available());
        hint.set(availability.available() ? Texts.get("login.remember.hint") : describe(availability));
        if (!availability.available()) {
            LOG.info(() -> "remembering passwords is off: " + availability.problem() + " " + availability.detail());
        }
    }

    static String describe(Availability availability) {
        return switch (availability.problem()) {
            case NO_KEYRING -> Texts.get("login.remember.noKeyring");
            case NOT_RESPONDING -> Texts.get("login.remember.notResponding");
            case REFUSED -> Texts.get("login.remember.refused");
            case FAILED -> Texts.format("login.remember.failed", availability.detail());
        };
    }

    private static Availability availabilityOf(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        return cause instanceof PasswordVault.VaultException vault ? vault.availability()
                : Availability.no(PasswordVault.Problem.FAILED, String.valueOf(cause.getMessage()));
    }

    ReadOnlyBooleanProperty available() {
        return available.getReadOnlyProperty();
    }

    ReadOnlyStringProperty hint() {
        return hint.getReadOnlyProperty();
    }
}
