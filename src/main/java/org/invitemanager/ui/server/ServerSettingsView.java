package org.invitemanager.ui.server;

import atlantafx.base.theme.Styles;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.invitemanager.domain.RegistrationPolicy;
import org.invitemanager.ui.Texts;

/** Server settings: who may create an account, as three explained choices, with a warning before open. */
public final class ServerSettingsView extends VBox {

    private final ServerSettingsViewModel model;
    private final ToggleGroup choices = new ToggleGroup();

    public ServerSettingsView(ServerSettingsViewModel model) {
        this.model = model;
        setId("serverSettingsView");
        setSpacing(16);
        setPadding(new Insets(20, 24, 20, 24));

        Label title = new Label(Texts.get("server.title"));
        title.getStyleClass().add(Styles.TITLE_3);

        Label unavailable = new Label();
        unavailable.setId("policyUnavailable");
        unavailable.setWrapText(true);
        unavailable.textProperty().bind(model.unavailableTextProperty());
        unavailable.visibleProperty().bind(model.availableProperty().not());
        unavailable.managedProperty().bind(unavailable.visibleProperty());

        VBox options = new VBox(12,
                choice(RegistrationPolicy.INVITE_ONLY, "policyInviteOnly"),
                choice(RegistrationPolicy.OPEN, "policyOpen"),
                choice(RegistrationPolicy.CLOSED, "policyClosed"));
        options.disableProperty().bind(model.busyProperty().or(model.connectedProperty().not()));
        choices.selectedToggleProperty().addListener((obs, old, toggle) -> model.selectedProperty().set(
                toggle == null ? null : (RegistrationPolicy) toggle.getUserData()));
        model.selectedProperty().addListener((obs, old, policy) -> select(policy));
        select(model.selectedProperty().get());

        Label current = new Label();
        current.setId("currentPolicy");
        current.textProperty().bind(Bindings.createStringBinding(() -> {
            RegistrationPolicy policy = model.currentProperty().get();
            return policy == null ? Texts.get("server.current.unknown")
                    : Texts.format("server.current", ServerSettingsViewModel.describe(policy).title());
        }, model.currentProperty()));

        Button apply = new Button(Texts.get("server.apply"));
        apply.setId("applyPolicy");
        apply.getStyleClass().add(Styles.ACCENT);
        apply.disableProperty().bind(model.canApplyProperty().not());
        apply.setOnAction(e -> model.apply());
        Button reload = new Button(Texts.get("server.reload"));
        reload.setId("reloadPolicy");
        reload.disableProperty().bind(model.busyProperty().or(model.connectedProperty().not()));
        reload.setOnAction(e -> model.load());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(22, 22);
        progress.visibleProperty().bind(model.busyProperty());
        Label status = new Label();
        status.setId("policyStatus");
        status.textProperty().bind(model.statusProperty());
        HBox actions = new HBox(10, apply, reload, progress, status);
        actions.setAlignment(Pos.CENTER_LEFT);

        Label error = new Label();
        error.setId("policyError");
        error.setWrapText(true);
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        VBox policy = new VBox(16, options, current, actions, confirmation(), error);
        policy.visibleProperty().bind(model.availableProperty());
        policy.managedProperty().bind(policy.visibleProperty());

        getChildren().addAll(title, unavailable, policy);
    }

    /** Called when this screen's tab is selected: the policy may have changed since it was last read. */
    public void shown() {
        model.load();
    }

    private VBox choice(RegistrationPolicy policy, String id) {
        PolicyText text = ServerSettingsViewModel.describe(policy);
        RadioButton radio = new RadioButton(text.title());
        radio.setId(id);
        radio.setMnemonicParsing(false);
        radio.setUserData(policy);
        radio.setToggleGroup(choices);
        radio.setAccessibleHelp(text.explanation());
        Label explanation = new Label(text.explanation());
        explanation.setWrapText(true);
        explanation.getStyleClass().add(Styles.TEXT_MUTED);
        // Indented to start under the radio button's text rather than under its circle.
        explanation.setPadding(new Insets(0, 0, 0, 26));
        return new VBox(2, radio, explanation);
    }

    private VBox confirmation() {
        Label warning = new Label();
        warning.setWrapText(true);
        warning.getStyleClass().add(Styles.WARNING);
        warning.textProperty().bind(model.confirmationTextProperty());
        Button yes = new Button(Texts.get("server.confirmOpen"));
        yes.setId("confirmOpen");
        yes.setMnemonicParsing(false);
        yes.getStyleClass().add(Styles.DANGER);
        yes.setOnAction(e -> model.confirmOpen());
        Button keep = new Button(Texts.get("server.cancelOpen"));
        keep.setId("cancelOpen");
        keep.setMnemonicParsing(false);
        keep.setOnAction(e -> model.cancelConfirmation());
        VBox bar = new VBox(10, warning, new HBox(10, yes, keep));
        bar.setStyle("-fx-background-color: -color-warning-subtle; -fx-background-radius: 6; -fx-padding: 12;");
        bar.visibleProperty().bind(model.confirmationTextProperty().isNotEmpty());
        bar.managedProperty().bind(bar.visibleProperty());
        // A scene has one Escape button; claim it only while asking, so other pages keep theirs.
        keep.cancelButtonProperty().bind(bar.visibleProperty());
        bar.visibleProperty().addListener((obs, was, asking) -> {
            if (asking) {
                // Safe choice first: Enter or Space on the focused button keeps the policy.
                Platform.runLater(keep::requestFocus);
            }
        });
        return bar;
    }

    private void select(RegistrationPolicy policy) {
        Toggle match = choices.getToggles().stream().filter(t -> t.getUserData() == policy).findFirst().orElse(null);
        choices.selectToggle(match);
    }
}
