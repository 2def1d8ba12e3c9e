package org.invitemanager.ui.invites;

import atlantafx.base.theme.Styles;
import java.time.temporal.ChronoUnit;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.invitemanager.domain.InviteKind;
import org.invitemanager.ui.Texts;

/** The companion module's create options: kind, expiry, reuse, username, role and note. */
public final class CreateInviteForm extends VBox {

    public CreateInviteForm(CreateInviteViewModel model, InvitesViewModel invites) {
        this(model, "");
        Button create = new Button(Texts.get("create.button.withOptions"));
        create.setId("createWithOptions");
        create.getStyleClass().add(Styles.ACCENT);
        create.setDefaultButton(false);
        create.setOnAction(e -> model.create());
        create.disableProperty().bind(model.problemProperty().isNotEmpty().or(invites.busyProperty())
                .or(invites.connectedProperty().not()));
        getChildren().add(create);
    }

    /**
     * The fields without a Create button, for a screen with its own action (the batch). Ids start with
     * {@code idPrefix} so two forms can share a window. Without the companion module only the kind can be chosen.
     */
    public static CreateInviteForm fieldsOnly(CreateInviteViewModel model, String idPrefix) {
        return new CreateInviteForm(model, idPrefix);
    }

    private CreateInviteForm(CreateInviteViewModel model, String idPrefix) {
        setId(idPrefix + "createInviteForm");
        setSpacing(10);
        setPadding(new Insets(4, 0, 4, 0));

        ChoiceBox<InviteKind> kind = new ChoiceBox<>(model.kinds());
        kind.setId(idPrefix + "optionKind");
        kind.valueProperty().bindBidirectional(model.kindProperty());
        kind.setConverter(converter(CreateInviteForm::kindName));
        BooleanBinding isAccount = model.kindProperty().isEqualTo(InviteKind.ACCOUNT);
        BooleanBinding isContact = model.kindProperty().isEqualTo(InviteKind.CONTACT);
        BooleanBinding isReset = model.kindProperty().isEqualTo(InviteKind.PASSWORD_RESET);

        ChoiceBox<ExpiryChoice> expiry = new ChoiceBox<>();
        expiry.setId(idPrefix + "optionExpiry");
        expiry.getItems().setAll(ExpiryChoice.values());
        expiry.setAccessibleText(Texts.get("create.expiry.label"));
        expiry.valueProperty().bindBidirectional(model.expiryProperty());
        TextField amount = new TextField();
        amount.setId(idPrefix + "optionExpiryAmount");
        amount.setPrefColumnCount(4);
        amount.setAccessibleText(Texts.get("create.expiry.customAmount"));
        amount.textProperty().bindBidirectional(model.customAmountProperty());
        ChoiceBox<ChronoUnit> unit = new ChoiceBox<>();
        unit.setId(idPrefix + "optionExpiryUnit");
        unit.getItems().setAll(CreateInviteViewModel.CUSTOM_UNITS);
        unit.setAccessibleText(Texts.get("create.expiry.customUnit"));
        unit.setConverter(converter(CreateInviteForm::unitName));
        unit.valueProperty().bindBidirectional(model.customUnitProperty());
        HBox custom = new HBox(6, amount, unit);
        custom.visibleProperty().bind(model.expiryProperty().isEqualTo(ExpiryChoice.CUSTOM));
        custom.managedProperty().bind(custom.visibleProperty());
        // A hidden field must not take focus or keep an old value in play.
        amount.disableProperty().bind(custom.visibleProperty().not());
        unit.disableProperty().bind(custom.visibleProperty().not());

        CheckBox reusable = new CheckBox(Texts.get("create.reusable.label"));
        reusable.setId(idPrefix + "optionReusable");
        reusable.selectedProperty().bindBidirectional(model.reusableProperty());
        reusable.disableProperty().bind(isAccount.not());
        TextField maxUses = new TextField();
        maxUses.setId(idPrefix + "optionMaxUses");
        maxUses.setPromptText(Texts.get("create.maxUses.prompt"));
        maxUses.textProperty().bindBidirectional(model.maxUsesProperty());
        maxUses.disableProperty().bind(model.reusableProperty().not().or(isAccount.not()));

        TextField username = new TextField();
        username.setId(idPrefix + "optionUsername");
        username.promptTextProperty().bind(Bindings.when(isReset).then(Texts.get("create.username.promptReset"))
                .otherwise(Texts.get("create.username.prompt")));
        username.textProperty().bindBidirectional(model.usernameProperty());
        username.disableProperty().bind(isContact.or(model.reusableProperty().and(isAccount)));

        ChoiceBox<String> role = new ChoiceBox<>();
        role.setId(idPrefix + "optionRole");
        role.setConverter(converter(r -> r == null || r.isEmpty() ? Texts.get("create.role.default") : r));
        model.roles().addListener((javafx.collections.ListChangeListener<String>) change -> fillRoles(role, model));
        fillRoles(role, model);
        role.valueProperty().bindBidirectional(model.roleProperty());
        role.disableProperty().bind(isReset);

        TextField note = new TextField();
        note.setId(idPrefix + "optionNote");
        note.setPromptText(Texts.get("create.note.prompt"));
        note.textProperty().bindBidirectional(model.noteProperty());

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        row(grid, 0, Texts.get("create.kind.label"), kind);
        row(grid, 1, Texts.get("create.expiry.label"), new VBox(6, expiry, custom));
        row(grid, 2, Texts.get("create.reuse.label"), reusable);
        row(grid, 3, Texts.get("create.maxUses.label"), maxUses);
        row(grid, 4, Texts.get("create.username.label"), username);
        Label roleLabel = row(grid, 5, Texts.get("create.role.label"), role);
        roleLabel.visibleProperty().bind(Bindings.isNotEmpty(model.roles()));
        role.visibleProperty().bind(roleLabel.visibleProperty());
        row(grid, 6, Texts.get("create.note.label"), note);

        Label problem = new Label();
        problem.setId(idPrefix + "optionProblem");
        problem.setWrapText(true);
        problem.getStyleClass().add(Styles.DANGER);
        problem.textProperty().bind(model.problemProperty());
        problem.managedProperty().bind(model.problemProperty().isNotEmpty());

        // On a stock server only the kind means anything; the other fields would be silently ignored.
        grid.getChildren().stream().filter(node -> GridPane.getRowIndex(node) != null && GridPane.getRowIndex(node) > 0)
                .forEach(node -> node.disableProperty().bind(model.withOptionsProperty().not()));

        getChildren().addAll(grid, problem);
    }

    private static void fillRoles(ChoiceBox<String> role, CreateInviteViewModel model) {
        java.util.List<String> all = new java.util.ArrayList<>();
        all.add("");
        all.addAll(model.roles());
        role.getItems().setAll(all);
    }

    private static Label row(GridPane grid, int index, String text, Node field) {
        Label label = new Label(text);
        label.setLabelFor(field);
        label.setMinWidth(Label.USE_PREF_SIZE);
        // Fields bind their own disable state; a wrapper lets the whole row be switched off on top of that.
        HBox cell = new HBox(field);
        HBox.setHgrow(field, Priority.ALWAYS);
        grid.addRow(index, label, cell);
        if (field instanceof javafx.scene.control.Control control) {
            control.setAccessibleText(text);
            control.setMaxWidth(Double.MAX_VALUE);
        }
        return label;
    }

    static String kindName(InviteKind kind) {
        if (kind == null) {
            return "";
        }
        return switch (kind) {
            case ACCOUNT -> Texts.get("create.kind.account");
            case CONTACT -> Texts.get("create.kind.contact");
            case PASSWORD_RESET -> Texts.get("create.kind.passwordReset");
        };
    }

    private static String unitName(ChronoUnit unit) {
        return switch (unit) {
            case MINUTES -> Texts.get("create.expiry.unit.minutes");
            case HOURS -> Texts.get("create.expiry.unit.hours");
            case DAYS -> Texts.get("create.expiry.unit.days");
            default -> unit.toString();
        };
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return name.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("choices are not typed");
            }
        };
    }
}
