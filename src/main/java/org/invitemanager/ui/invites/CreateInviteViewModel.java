package org.invitemanager.ui.invites;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.invitemanager.domain.InviteKind;
import org.invitemanager.domain.InviteOptions;
import org.invitemanager.domain.SessionInfo;
import org.invitemanager.ui.Texts;

/**
 * The create form's choices: kind, expiry, reuse, username, role and note. Every change is checked at once, so the
 * admin sees what is wrong before anything is sent. Without the companion module only the kind can be chosen.
 */
public final class CreateInviteViewModel {

    /** The units a custom expiry can be given in. */
    public static final List<ChronoUnit> CUSTOM_UNITS = List.of(ChronoUnit.MINUTES, ChronoUnit.HOURS, ChronoUnit.DAYS);

    private final ObservableList<InviteKind> kinds = FXCollections.observableArrayList();
    private final ObjectProperty<InviteKind> kind = new SimpleObjectProperty<>(InviteKind.ACCOUNT);
    private final ObjectProperty<ExpiryChoice> expiry = new SimpleObjectProperty<>(ExpiryChoice.SERVER_DEFAULT);
    private final StringProperty customAmount = new SimpleStringProperty("");
    private final ObjectProperty<ChronoUnit> customUnit = new SimpleObjectProperty<>(ChronoUnit.HOURS);
    private final BooleanProperty reusable = new SimpleBooleanProperty(false);
    private final StringProperty maxUses = new SimpleStringProperty("");
    private final StringProperty username = new SimpleStringProperty("");
    private final ObservableList<String> roles = FXCollections.observableArrayList();
    private final StringProperty role = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper withOptions = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    private final Consumer<InviteOptions> onCreate;

    public CreateInviteViewModel(InvitesViewModel invites) {
        this(invites::createInvite);
    }

    /** A form whose Create button hands the options to {@code onCreate}. */
    public CreateInviteViewModel(Consumer<InviteOptions> onCreate) {
        this.onCreate = onCreate;
        for (Observable input : inputs()) {
            input.addListener(changed -> check());
        }
    }

    /** Everything the admin can change, for screens that check more than these options. */
    public List<Observable> inputs() {
        return List.of(kind, expiry, customAmount, customUnit, reusable, maxUses, username, role, note, withOptions);
    }

    public void start(SessionInfo info) {
        withOptions.set(info.capabilities().hasCompanion());
        kinds.setAll(List.of(InviteKind.values()).stream().filter(info.capabilities()::canCreate).toList());
        roles.setAll(info.capabilities().roles());
        if (!kinds.contains(kind.get())) {
            kind.set(kinds.isEmpty() ? InviteKind.ACCOUNT : kinds.get(0));
        }
        // A choice box clears its value while its items change; that means "no role", not an error.
        if (role.get() == null || !roles.contains(role.get())) {
            role.set("");
        }
        check();
    }

    /** Creates the invite when the form is valid; otherwise the problem stays on screen. */
    public void create() {
        Optional<InviteOptions> options = options();
        if (options.isPresent()) {
            onCreate.accept(options.get());
        }
    }

    /** The options as typed, or empty (with {@link #problemProperty()} saying why) when they are not valid. */
    public Optional<InviteOptions> options() {
        check();
        return problem.get().isEmpty() ? Optional.of(build()) : Optional.empty();
    }

    private void check() {
        try {
            problem.set(build().problem().orElse(""));
        } catch (IllegalArgumentException e) {
            problem.set(e.getMessage());
        }
    }

    private InviteOptions build() {
        InviteKind chosen = kind.get() == null ? InviteKind.ACCOUNT : kind.get();
        if (!withOptions.get()) {
            return InviteOptions.of(chosen);
        }
        boolean many = reusable.get() && chosen == InviteKind.ACCOUNT;
        Integer uses = many ? number(maxUses.get(), () -> Texts.get("create.problem.maxUsesNotNumber")) : null;
        return new InviteOptions(chosen, expiryDuration(), many, uses,
                chosen == InviteKind.CONTACT || many ? null : username.get(),
                chosen == InviteKind.PASSWORD_RESET ? null : role.get(), note.get());
    }

    private Duration expiryDuration() {
        ExpiryChoice choice = expiry.get() == null ? ExpiryChoice.SERVER_DEFAULT : expiry.get();
        if (choice != ExpiryChoice.CUSTOM) {
            return choice.duration();
        }
        Integer amount = number(customAmount.get(), () -> Texts.get("create.problem.customExpiryNotNumber"));
        if (amount == null) {
            throw new IllegalArgumentException(Texts.get("create.problem.customExpiryMissing"));
        }
        ChronoUnit unit = customUnit.get() == null ? ChronoUnit.HOURS : customUnit.get();
        return unit.getDuration().multipliedBy(amount);
    }

    private static Integer number(String text, Supplier<String> notANumber) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(notANumber.get());
        }
    }

    public ObservableList<InviteKind> kinds() {
        return kinds;
    }

    public ObjectProperty<InviteKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<ExpiryChoice> expiryProperty() {
        return expiry;
    }

    public StringProperty customAmountProperty() {
        return customAmount;
    }

    public ObjectProperty<ChronoUnit> customUnitProperty() {
        return customUnit;
    }

    public BooleanProperty reusableProperty() {
        return reusable;
    }

    public StringProperty maxUsesProperty() {
        return maxUses;
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public ObservableList<String> roles() {
        return roles;
    }

    public StringProperty roleProperty() {
        return role;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ReadOnlyBooleanProperty withOptionsProperty() {
        return withOptions.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
