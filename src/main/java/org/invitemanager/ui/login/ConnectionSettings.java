package org.invitemanager.ui.login;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.invitemanager.domain.TlsMode;
import org.invitemanager.ui.Texts;

/** Host, port and TLS mode, folded away behind a toggle until a profile or the admin needs them. */
final class ConnectionSettings extends VBox {

    private final TextField host = new TextField();
    private final TextField port = new TextField();

    ConnectionSettings(LoginViewModel model, FieldChecks checks) {
        super(10);
        host.setId("host");
        host.setPromptText(Texts.get("login.host.prompt"));
        host.textProperty().bindBidirectional(model.hostProperty());
        port.setId("port");
        port.setPrefColumnCount(6);
        port.promptTextProperty().bind(Bindings.createStringBinding(
                () -> Integer.toString(model.tlsProperty().get().defaultPort()), model.tlsProperty()));
        port.textProperty().bindBidirectional(model.portProperty());
        ComboBox<TlsMode> tls = new ComboBox<>();
        tls.setId("tls");
        tls.getItems().setAll(TlsMode.values());
        tls.setConverter(new TlsModeNames());
        tls.valueProperty().bindBidirectional(model.tlsProperty());

        GridPane settings = LoginView.grid();
        settings.addRow(0, LoginView.label("login.host.label", host), host);
        settings.add(checks.watch(host, model.problems().host(), model.advancedShownProperty(), "hostProblem"), 1, 1);
        settings.addRow(2, LoginView.label("login.port.label", port), port);
        settings.add(checks.watch(port, model.problems().port(), model.advancedShownProperty(), "portProblem"), 1, 3);
        settings.addRow(4, LoginView.label("login.tls.label", tls), tls);
        Label hint = new Label(Texts.get("login.settings.hint"));
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        hint.setWrapText(true);
        settings.add(hint, 0, 5, 2, 1);

        settings.visibleProperty().bind(model.advancedShownProperty());
        settings.managedProperty().bind(settings.visibleProperty());
        // Hidden fields must not take focus through their labels' mnemonics.
        settings.disableProperty().bind(model.advancedShownProperty().not());
        // A button, not a check box: a mnemonic fires an action event, which a button handles and a check box ignores.
        Button toggle = new Button();
        toggle.setId("connectionSettings");
        toggle.getStyleClass().add(Styles.FLAT);
        // Flush with the labels above, so it reads as part of the form rather than a stray button.
        toggle.setPadding(new Insets(4, 0, 4, 0));
        toggle.textProperty().bind(Bindings.when(model.advancedShownProperty())
                .then(Texts.get("login.settings.hide")).otherwise(Texts.get("login.settings.show")));
        toggle.setOnAction(e -> model.advancedShownProperty().set(!model.advancedShownProperty().get()));
        getChildren().addAll(toggle, settings);
    }

    /** Puts the cursor in the first of host and port that has a problem. */
    void focusProblem(FieldProblems problems) {
        (problems.host().get().isEmpty() ? port : host).requestFocus();
    }

    private static final class TlsModeNames extends StringConverter<TlsMode> {
        @Override
        public String toString(TlsMode mode) {
            if (mode == null) {
                return "";
            }
            return Texts.get(mode == TlsMode.DIRECT_TLS ? "login.tls.directTls" : "login.tls.starttls");
        }

        @Override
        public TlsMode fromString(String text) {
            return null;
        }
    }
}
