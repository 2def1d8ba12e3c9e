package org.invitemanager.ui.login;

import atlantafx.base.theme.Styles;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.invitemanager.domain.CertificateInfo;

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
                .then("Check this certificate").otherwise("This server's certificate has changed"));
        heading.getStyleClass().add(Styles.TITLE_4);
        Label advice = new Label("Compare the fingerprint with the one your server shows, for example with "
                + "\"prosodyctl cert check\" or openssl. Trust it only if they match.");
        advice.setWrapText(true);
        facts.setHgap(10);
        facts.setVgap(6);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        facts.getColumnConstraints().addAll(new ColumnConstraints(), values);

        Button trust = new Button();
        trust.textProperty().bind(Bindings.when(model.replacedFingerprintProperty().isNull())
                .then("_Trust this certificate").otherwise("_Trust the new certificate"));
        trust.setId("trustCertificate");
        trust.getStyleClass().add(Styles.DANGER);
        trust.setOnAction(e -> model.trustCertificate());
        Button cancel = new Button("Ca_ncel");
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
        row(0, "Subject", info.subject());
        row(1, "Issuer", info.isSelfSigned() ? info.issuer() + " (self-signed)" : info.issuer());
        row(2, "Valid from", DATES.format(info.notBefore()));
        boolean validNow = info.isValidAt(Instant.now());
        row(3, "Valid until", DATES.format(info.notAfter()) + (validNow ? "" : "  (not valid now)"));
        row(4, replaced == null ? "SHA-256" : "SHA-256 now", fingerprintLines(info.sha256()));
        if (replaced != null) {
            row(5, "Trusted before", fingerprintLines(replaced));
        }
    }

    /** 32 bytes in two rows of 16, so the whole fingerprint is visible and easy to compare in parts. */
    private static String fingerprintLines(String sha256) {
        return sha256.length() == 95 ? sha256.substring(0, 47) + "\n" + sha256.substring(48) : sha256;
    }

    private void row(int index, String name, String value) {
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
        text.setId("certificate-" + name.toLowerCase(Locale.ROOT).replace("-256", "256").replace(' ', '-'));
        facts.addRow(index, label, text);
    }
}
