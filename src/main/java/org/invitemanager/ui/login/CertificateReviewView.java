package org.invitemanager.ui.login;

import atlantafx.base.theme.Styles;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.invitemanager.domain.CertificateInfo;
import org.invitemanager.ui.Texts;

/** Shows an untrusted certificate's facts and asks the admin to trust it or cancel. */
final class CertificateReviewView extends VBox {

    private static final DateTimeFormatter DATES = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());

    private final GridPane facts = new GridPane();

    CertificateReviewView(LoginViewModel model) {
        setId("certificateReview");
        setSpacing(10);
        setPadding(new Insets(14));
        getStyleClass().add("certificate-review");

        Label heading = new Label();
        heading.textProperty().bind(Bindings.when(model.replacedFingerprintProperty().isNull())
                .then(Texts.get("login.review.title.new")).otherwise(Texts.get("login.review.title.changed")));
        heading.getStyleClass().add(Styles.TITLE_4);
        Label advice = new Label(Texts.get("login.review.advice"));
        advice.setWrapText(true);
        facts.setHgap(10);
        facts.setVgap(6);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        facts.getColumnConstraints().addAll(new ColumnConstraints(), values);

        Button trust = new Button();
        trust.textProperty().bind(Bindings.when(model.replacedFingerprintProperty().isNull())
                .then(Texts.get("login.review.trust.new")).otherwise(Texts.get("login.review.trust.changed")));
        trust.setId("trustCertificate");
        trust.getStyleClass().add(Styles.DANGER);
        trust.setOnAction(e -> model.trustCertificate());
        Button cancel = new Button(Texts.get("login.review.cancel"));
        cancel.setId("rejectCertificate");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> model.rejectCertificate());
        HBox buttons = new HBox(10, trust, cancel);
        buttons.setAlignment(Pos.CENTER_LEFT);

        getChildren().addAll(heading, advice, facts, buttons);
        visibleProperty().bind(model.certificateToReviewProperty().isNotNull());
        managedProperty().bind(visibleProperty());
        model.certificateToReviewProperty().addListener((obs, old, info) -> {
            show(info, model.replacedFingerprintProperty().get());
            if (info != null) {
                // Safe choice first: Enter or Space on the focused button refuses, Alt+T trusts.
                Platform.runLater(cancel::requestFocus);
            }
        });
    }

    private void show(CertificateInfo info, String replaced) {
        facts.getChildren().clear();
        if (info == null) {
            return;
        }
        row(0, "subject", Texts.get("login.review.subject"), info.subject());
        row(1, "issuer", Texts.get("login.review.issuer"),
                info.isSelfSigned() ? Texts.format("login.review.selfSigned", info.issuer()) : info.issuer());
        row(2, "valid-from", Texts.get("login.review.validFrom"), DATES.format(info.notBefore()));
        String until = DATES.format(info.notAfter());
        row(3, "valid-until", Texts.get("login.review.validUntil"),
                info.isValidAt(Instant.now()) ? until : Texts.format("login.review.notValidNow", until));
        row(4, replaced == null ? "sha256" : "sha256-now",
                Texts.get(replaced == null ? "login.review.sha256" : "login.review.sha256Now"),
                fingerprintLines(info.sha256()));
        if (replaced != null) {
            row(5, "trusted-before", Texts.get("login.review.trustedBefore"), fingerprintLines(replaced));
        }
    }

    /** 32 bytes in two rows of 16, so the whole fingerprint is visible and easy to compare in parts. */
    private static String fingerprintLines(String sha256) {
        return sha256.length() == 95 ? sha256.substring(0, 47) + "\n" + sha256.substring(48) : sha256;
    }

    /** The id names the fact, whatever the language of the label beside it, so tests and tools can find it. */
    private void row(int index, String id, String name, String value) {
        Label label = new Label(name);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        label.setMinWidth(Region.USE_PREF_SIZE);
        // Read-only text controls keep values selectable, so the fingerprint can be copied and compared.
        TextInputControl text = value.contains("\n") ? new TextArea(value) : new TextField(value);
        if (text instanceof TextArea area) {
            area.setPrefRowCount(2);
            area.setMinHeight(Region.USE_PREF_SIZE);
        }
        text.setEditable(false);
        text.getStyleClass().add("certificate-value");
        text.setId("certificate-" + id);
        label.setLabelFor(text);
        facts.addRow(index, label, text);
    }
}
