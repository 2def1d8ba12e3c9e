package org.invitemanager.ui.login;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.invitemanager.ui.Texts;

/** The server picker at the top of the login form, with "Delete profile" and the question that confirms it. */
final class ProfilePicker extends VBox {

    private final HBox confirmation = new HBox(10);

    ProfilePicker(LoginViewModel model) {
        setSpacing(8);
        ComboBox<ProfileChoice> picker = new ComboBox<>(model.profiles());
        picker.setId("profile");
        picker.setMaxWidth(Double.MAX_VALUE);
        picker.setConverter(new ChoiceNames());
        picker.valueProperty().bindBidirectional(model.selectedProfileProperty());
        picker.disableProperty().bind(model.busyProperty());
        HBox.setHgrow(picker, Priority.ALWAYS);
        Label label = new Label(Texts.get("login.profile.label"));
        label.setLabelFor(picker);
        label.setMinWidth(LoginView.LABEL_WIDTH);
        label.setPrefWidth(LoginView.LABEL_WIDTH);

        Button delete = new Button(Texts.get("login.profile.delete"));
        delete.setId("deleteProfile");
        delete.setMnemonicParsing(false);
        delete.setMinWidth(Region.USE_PREF_SIZE);
        delete.disableProperty().bind(Bindings.not(model.canDeleteProfile()));
        HBox row = new HBox(12, label, picker, delete);
        row.setAlignment(Pos.CENTER_LEFT);

        Label question = new Label();
        question.setId("deleteProfileQuestion");
        question.setWrapText(true);
        question.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(question, Priority.ALWAYS);
        Button confirm = new Button(Texts.get("login.profile.deleteConfirm"));
        confirm.setId("confirmDeleteProfile");
        confirm.setMnemonicParsing(false);
        confirm.getStyleClass().add(Styles.DANGER);
        confirm.setMinWidth(Region.USE_PREF_SIZE);
        Button keep = new Button(Texts.get("login.profile.deleteKeep"));
        keep.setId("keepProfile");
        keep.setMnemonicParsing(false);
        keep.setMinWidth(Region.USE_PREF_SIZE);
        confirmation.getChildren().addAll(question, confirm, keep);
        confirmation.setAlignment(Pos.CENTER_LEFT);
        confirmation.managedProperty().bind(confirmation.visibleProperty());
        confirmation.setVisible(false);

        delete.setOnAction(e -> {
            question.setText(Texts.format("login.profile.deleteQuestion", picker.getValue().label()));
            confirmation.setVisible(true);
            // The safe answer takes the focus, so Enter or Space keeps the profile.
            keep.requestFocus();
        });
        confirm.setOnAction(e -> {
            confirmation.setVisible(false);
            model.deleteSelectedProfile();
        });
        keep.setOnAction(e -> confirmation.setVisible(false));
        model.selectedProfileProperty().addListener((obs, old, now) -> confirmation.setVisible(false));
        getChildren().addAll(row, confirmation);
    }

    private static final class ChoiceNames extends StringConverter<ProfileChoice> {
        @Override
        public String toString(ProfileChoice choice) {
            return choice == null ? "" : choice.label();
        }

        @Override
        public ProfileChoice fromString(String text) {
            return null;
        }
    }
}
