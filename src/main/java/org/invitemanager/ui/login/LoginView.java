package org.invitemanager.ui.login;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.invitemanager.domain.TlsMode;

/** The login form: JID, password, optional connection settings, and the certificate review when one is needed. */
public final class LoginView extends VBox {

    private final TextField jid = new TextField();
    private final PasswordField password = new PasswordField();

    public LoginView(LoginViewModel model) {
        setId("loginView");
        setSpacing(14);
        setPadding(new Insets(32, 40, 32, 40));
        setMaxWidth(640);
        setAlignment(Pos.TOP_LEFT);

        Label title = new Label("Invite Manager");
        title.getStyleClass().add(Styles.TITLE_2);
        Label subtitle = new Label("Log in with an administrator account of your XMPP server.");
        subtitle.getStyleClass().add(Styles.TEXT_MUTED);
        subtitle.setWrapText(true);

        jid.setId("jid");
        jid.setPromptText("admin@example.org");
        jid.textProperty().bindBidirectional(model.jidProperty());
        password.setId("password");
        password.textProperty().bindBidirectional(model.passwordProperty());

        GridPane form = grid();
        form.addRow(0, label("_JID", jid), jid);
        form.addRow(1, label("_Password", password), password);

        Button login = new Button("_Log in");
        login.setId("login");
        login.setDefaultButton(true);
        login.getStyleClass().add(Styles.ACCENT);
        login.disableProperty().bind(model.busyProperty());
        login.setOnAction(e -> model.login());
        Button cancel = new Button("Cancel");
        cancel.setId("cancelLogin");
        cancel.visibleProperty().bind(model.busyProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> model.cancel());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(22, 22);
        progress.visibleProperty().bind(model.busyProperty());
        Label connecting = new Label("Connecting…");
        connecting.visibleProperty().bind(model.busyProperty());
        HBox actions = new HBox(10, login, cancel, progress, connecting);
        actions.setAlignment(Pos.CENTER_LEFT);

        Label error = new Label();
        error.setId("loginError");
        error.setWrapText(true);
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        CertificateReviewView review = new CertificateReviewView(model);
        VBox credentials = new VBox(14, form, connectionSettings(model), actions);
        // The admin decides on the certificate first; the form returns, as typed, when the review closes.
        credentials.visibleProperty().bind(model.certificateToReviewProperty().isNull());
        credentials.managedProperty().bind(credentials.visibleProperty());

        getChildren().addAll(title, subtitle, credentials, error, review);
    }

    private VBox connectionSettings(LoginViewModel model) {
        TextField host = new TextField();
        host.setId("host");
        host.setPromptText("found from the JID's domain");
        host.textProperty().bindBidirectional(model.hostProperty());
        TextField port = new TextField();
        port.setId("port");
        port.setPrefColumnCount(6);
        port.promptTextProperty().bind(Bindings.createStringBinding(
                () -> model.tlsProperty().get() == TlsMode.DIRECT_TLS ? "5223" : "5222", model.tlsProperty()));
        port.textProperty().bindBidirectional(model.portProperty());
        ComboBox<TlsMode> tls = new ComboBox<>();
        tls.setId("tls");
        tls.getItems().setAll(TlsMode.values());
        tls.setConverter(new TlsModeNames());
        tls.valueProperty().bindBidirectional(model.tlsProperty());

        GridPane settings = grid();
        settings.addRow(0, label("_Host", host), host);
        settings.addRow(1, label("P_ort", port), port);
        settings.addRow(2, label("Securit_y", tls), tls);
        Label hint = new Label("Leave host and port empty when the domain's DNS points to the server.");
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        hint.setWrapText(true);
        settings.add(hint, 0, 3, 2, 1);

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
                .then("▾ Hide connection _settings").otherwise("▸ Connection _settings: host, port, TLS"));
        toggle.setOnAction(e -> model.advancedShownProperty().set(!model.advancedShownProperty().get()));
        return new VBox(10, toggle, settings);
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        ColumnConstraints labels = new ColumnConstraints(90);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        return grid;
    }

    private static Label label(String text, javafx.scene.Node field) {
        Label label = new Label(text);
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        return label;
    }

    /** Puts the cursor where typing should start: the password when the JID is remembered. */
    public void focusFirstEmptyField() {
        if (jid.getText() == null || jid.getText().isBlank()) {
            jid.requestFocus();
        } else {
            password.requestFocus();
        }
    }

    private static final class TlsModeNames extends StringConverter<TlsMode> {
        @Override
        public String toString(TlsMode mode) {
            if (mode == null) {
                return "";
            }
            return mode == TlsMode.DIRECT_TLS ? "Direct TLS (port 5223)" : "STARTTLS, required (port 5222)";
        }

        @Override
        public TlsMode fromString(String text) {
            return null;
        }
    }
}
