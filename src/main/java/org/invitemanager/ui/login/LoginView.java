package org.invitemanager.ui.login;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.invitemanager.ui.Texts;

/** The login form: server picker, JID, password, optional connection settings, and the certificate review. */
public final class LoginView extends VBox {

    /** The labels' column, shared by the picker row, the form and the connection settings so they line up. */
    static final double LABEL_WIDTH = 110;

    private final TextField jid = new TextField();
    private final PasswordField password = new PasswordField();
    private final FieldChecks checks = new FieldChecks();

    public LoginView(LoginViewModel model) {
        setId("loginView");
        setSpacing(14);
        setPadding(new Insets(32, 40, 32, 40));
        setMaxWidth(640);
        setAlignment(Pos.TOP_LEFT);

        Label title = new Label(Texts.get("login.title"));
        title.getStyleClass().add(Styles.TITLE_2);
        Label subtitle = new Label(Texts.get("login.subtitle"));
        subtitle.getStyleClass().add(Styles.TEXT_MUTED);
        subtitle.setWrapText(true);
        Label notice = new Label();
        notice.setId("loginNotice");
        notice.setWrapText(true);
        notice.getStyleClass().add(Styles.WARNING);
        notice.textProperty().bind(model.noticeProperty());
        notice.visibleProperty().bind(model.noticeProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());

        TextField displayName = new TextField();
        displayName.setId("displayName");
        displayName.promptTextProperty().bind(model.displayNamePrompt());
        displayName.textProperty().bindBidirectional(model.displayNameProperty());
        jid.setId("jid");
        jid.setPromptText(Texts.get("login.jid.prompt"));
        jid.textProperty().bindBidirectional(model.jidProperty());
        password.setId("password");
        password.textProperty().bindBidirectional(model.passwordProperty());

        GridPane form = grid();
        form.addRow(0, label("login.displayName.label", displayName), displayName);
        form.addRow(1, label("login.jid.label", jid), jid);
        form.add(checks.watch(jid, model.problems().jid(), "jidProblem"), 1, 2);
        form.addRow(3, label("login.password.label", password), password);
        form.add(checks.watch(password, model.problems().password(), "passwordProblem"), 1, 4);
        form.add(rememberPassword(model), 1, 5);

        ConnectionSettings settings = new ConnectionSettings(model, checks);
        Button login = new Button(Texts.get("login.action.login"));
        login.setId("login");
        login.setDefaultButton(true);
        login.getStyleClass().add(Styles.ACCENT);
        login.disableProperty().bind(model.busyProperty());
        login.setOnAction(e -> {
            model.login();
            focusFirstProblem(model, settings);
        });
        Button cancel = new Button(Texts.get("login.action.cancel"));
        cancel.setId("cancelLogin");
        cancel.visibleProperty().bind(model.busyProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> model.cancel());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(22, 22);
        progress.visibleProperty().bind(model.busyProperty());
        Label connecting = new Label(Texts.get("login.connecting"));
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
        VBox credentials = new VBox(14, new ProfilePicker(model), form, trustedCertificate(model), settings, actions);
        // The admin decides on the certificate first; the form returns, as typed, when the review closes.
        credentials.visibleProperty().bind(model.certificateToReviewProperty().isNull());
        credentials.managedProperty().bind(credentials.visibleProperty());

        getChildren().addAll(title, subtitle, notice, credentials, error, review);
    }

    /**
     * The check box, disabled while there is no keyring. A disabled control shows no tooltip, so the reason also sits
     * on the box around it, and in the accessible help.
     */
    private static Node rememberPassword(LoginViewModel model) {
        CheckBox remember = new CheckBox(Texts.get("login.remember"));
        remember.setId("rememberPassword");
        remember.setMnemonicParsing(false);
        remember.selectedProperty().bindBidirectional(model.rememberPasswordProperty());
        remember.disableProperty().bind(model.keyring().available().not());
        Tooltip reason = new Tooltip();
        reason.textProperty().bind(model.keyring().hint());
        reason.setWrapText(true);
        reason.setMaxWidth(360);
        remember.setTooltip(reason);
        remember.accessibleHelpProperty().bind(model.keyring().hint());
        HBox box = new HBox(remember);
        box.setId("rememberPasswordBox");
        Tooltip onBox = new Tooltip();
        onBox.textProperty().bind(model.keyring().hint());
        onBox.setWrapText(true);
        onBox.setMaxWidth(360);
        Tooltip.install(box, onBox);
        return box;
    }

    private static Node trustedCertificate(LoginViewModel model) {
        TrustedCertificate trusted = model.trustedCertificate();
        Label text = new Label();
        text.setId("trustedCertificate");
        text.getStyleClass().add(Styles.TEXT_MUTED);
        text.setWrapText(true);
        text.textProperty().bind(trusted.text());
        Tooltip full = new Tooltip();
        full.textProperty().bind(trusted.fingerprint());
        text.setTooltip(full);
        Button forget = new Button(Texts.get("login.certificate.forget"));
        forget.setId("forgetCertificate");
        forget.setMnemonicParsing(false);
        forget.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        forget.setMinWidth(Region.USE_PREF_SIZE);
        forget.disableProperty().bind(model.busyProperty());
        forget.setOnAction(e -> trusted.forget());
        HBox row = new HBox(10, text, forget);
        row.setAlignment(Pos.CENTER_LEFT);
        row.visibleProperty().bind(trusted.text().isNotEmpty());
        row.managedProperty().bind(row.visibleProperty());
        return row;
    }

    /** After a refused attempt the cursor goes to the first field that needs attention, whose help says why. */
    private void focusFirstProblem(LoginViewModel model, ConnectionSettings settings) {
        FieldProblems problems = model.problems();
        if (!problems.jid().get().isEmpty()) {
            jid.requestFocus();
        } else if (!problems.password().get().isEmpty()) {
            password.requestFocus();
        } else if (problems.inConnectionSettings()) {
            settings.focusProblem(problems);
        }
    }

    static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints(LABEL_WIDTH);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        return grid;
    }

    static Label label(String key, Node field) {
        Label label = new Label(Texts.get(key));
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
}
