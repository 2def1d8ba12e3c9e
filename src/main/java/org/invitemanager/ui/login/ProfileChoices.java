package org.invitemanager.ui.login;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Logger;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.invitemanager.domain.LoginRequest;
import org.invitemanager.settings.ProfileStore;
import org.invitemanager.settings.ServerProfile;
import org.invitemanager.ui.Texts;

/**
 * The picker's entries (stored profiles, then "New server…") and the chosen one, kept in step with the store, the
 * form, the keyring and the trusted certificate shown for the chosen server.
 */
final class ProfileChoices {

    private static final Logger LOG = Logger.getLogger(ProfileChoices.class.getName());

    private final ProfileStore store;
    private final LoginFields fields;
    private final RememberedPassword keyring;
    private final TrustedCertificate trusted;
    private final Consumer<String> notice;
    private final Runnable onChosen;
    private final ObservableList<ProfileChoice> items = FXCollections.observableArrayList();
    private final ObjectProperty<ProfileChoice> selected = new SimpleObjectProperty<>(ProfileChoice.NEW);
    /** Set while this class moves the selection itself, which must not refill the form. */
    private boolean selecting;

    ProfileChoices(ProfileStore store, LoginFields fields, RememberedPassword keyring, TrustedCertificate trusted,
                   Consumer<String> notice, Runnable onChosen) {
        this.store = store;
        this.fields = fields;
        this.keyring = keyring;
        this.trusted = trusted;
        this.notice = notice;
        this.onChosen = onChosen;
        ProfileStore.Loaded loaded = store.load();
        loaded.damage().ifPresent(damage -> notice.accept(damage.movedTo() != null
                ? Texts.format("login.notice.profilesMovedAside", damage.movedTo().toString())
                : Texts.format("login.notice.profilesUnreadable", damage.file().toString())));
        loaded.profiles().forEach(profile -> items.add(new ProfileChoice(profile)));
        items.add(ProfileChoice.NEW);
        // The last used first; failing that, any stored server beats an empty form.
        selected.set(loaded.lastUsedId().flatMap(this::find).orElse(items.get(0)));
        selected.addListener((obs, old, choice) -> {
            if (!selecting) {
                onChosen.run();
                show(choice);
            }
        });
        keyring.available().addListener((obs, was, now) -> {
            if (now) {
                loadPassword();
            }
        });
        show(selected.get());
    }

    private void show(ProfileChoice choice) {
        ServerProfile profile = choice == null ? null : choice.profile();
        fields.fill(profile);
        trusted.show(profile == null ? null : profile.login().domain());
        loadPassword();
    }

    /** Fills in a remembered password; typing, or choosing another server, in the meantime wins over it. */
    void loadPassword() {
        ProfileChoice choice = selected.get();
        if (choice == null || choice.isNew()) {
            return;
        }
        keyring.load(choice.profile().id(), stored -> {
            if (selected.get() == choice && fields.password.get().isEmpty()) {
                fields.password.set(stored);
                fields.remember.set(true);
            }
        });
    }

    /**
     * After a successful login: stores it as the chosen profile, or as a new one (a new server whose JID is stored
     * already updates that profile instead), makes it the chosen one, and stores or removes its password.
     */
    void saveUsed(LoginRequest request, String password) {
        ProfileChoice current = selected.get() == null ? ProfileChoice.NEW : selected.get();
        ServerProfile base = current.isNew() ? sameJid(request.jid()) : current.profile();
        ServerProfile profile = base == null ? ServerProfile.create(fields.displayName.get(), request)
                : base.with(fields.displayName.get(), request);
        selecting = true;
        try {
            store.saveUsed(profile);
            ProfileChoice saved = new ProfileChoice(profile);
            int index = indexOf(profile.id());
            if (index >= 0) {
                items.set(index, saved);
            } else {
                items.add(items.size() - 1, saved);
            }
            selected.set(saved);
        } catch (IOException e) {
            LOG.warning(() -> "cannot save the server profile: " + e.getClass().getSimpleName());
            notice.accept(Texts.format("login.notice.profileNotSaved", e.getMessage()));
            return;
        } finally {
            selecting = false;
        }
        trusted.show(request.domain());
        keyring.update(profile.id(), password, fields.remember.get(), notice);
    }

    /** Removes the chosen profile and its remembered password, then shows an empty form. */
    void deleteSelected() {
        ProfileChoice choice = selected.get();
        if (choice == null || choice.isNew()) {
            return;
        }
        selecting = true;
        try {
            store.delete(choice.profile().id());
            items.remove(choice);
            selected.set(ProfileChoice.NEW);
        } catch (IOException e) {
            LOG.warning(() -> "cannot delete a profile: " + e.getClass().getSimpleName());
            notice.accept(Texts.format("login.notice.profileNotDeleted", e.getMessage()));
            return;
        } finally {
            selecting = false;
        }
        keyring.forget(choice.profile().id());
        // Shown here rather than by the listener: a picker may have moved to "New server…" on its own already.
        onChosen.run();
        show(ProfileChoice.NEW);
    }

    ObservableList<ProfileChoice> items() {
        return items;
    }

    ObjectProperty<ProfileChoice> selected() {
        return selected;
    }

    private Optional<ProfileChoice> find(String id) {
        int index = indexOf(id);
        return index >= 0 ? Optional.of(items.get(index)) : Optional.empty();
    }

    private ServerProfile sameJid(String jid) {
        return items.stream().filter(choice -> !choice.isNew()).map(ProfileChoice::profile)
                .filter(p -> p.login().jid().toLowerCase(Locale.ROOT).equals(jid)).findFirst().orElse(null);
    }

    private int indexOf(String id) {
        for (int i = 0; i < items.size(); i++) {
            if (!items.get(i).isNew() && items.get(i).profile().id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
