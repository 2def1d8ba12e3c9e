package org.invitemanager.ui.present;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.invitemanager.qr.QrView;
import org.invitemanager.ui.Texts;

/**
 * The full-screen page: the QR as large as the screen allows, on white, with what to do, the server and the countdown
 * below it. It stays dark on white whatever the app's theme, because that is what phone cameras read best.
 */
public final class PresentationView extends VBox {

    /** Room kept for the text above and below the code, in logical pixels. */
    private static final double TEXT_ROOM = 270;

    private final QrView qr = new QrView();

    public PresentationView(PresentationViewModel model) {
        setId("presentation");
        setAlignment(Pos.CENTER);
        setSpacing(14);
        setPadding(new Insets(24));
        setStyle("-fx-background-color: white;");

        Label server = text("presentServer", model.server(), 30, FontWeight.BOLD);
        Label label = text("presentLabel", "", 20, FontWeight.NORMAL);
        label.textProperty().bind(model.labelProperty().concat(
                model.positionProperty().isEmpty().get() ? "" : "  ·  ").concat(model.positionProperty()));

        qr.setId("presentQr");
        qr.payloadProperty().bind(model.payloadProperty());
        qr.visibleProperty().bind(model.expiredProperty().not());
        Label expiredNote = text("presentExpired", Texts.get("present.expired"), 64, FontWeight.BOLD);
        expiredNote.setStyle("-fx-text-fill: #b00020;");
        expiredNote.visibleProperty().bind(model.expiredProperty());
        StackPane code = new StackPane(qr, expiredNote);

        Label instructions = text("presentInstructions", "", 30, FontWeight.BOLD);
        instructions.textProperty().bind(model.instructionsProperty());
        Label countdown = text("presentCountdown", "", 24, FontWeight.NORMAL);
        countdown.textProperty().bind(model.countdownProperty());
        Label keys = text("presentKeys", model.hasMany() ? Texts.get("present.keys.many")
                : Texts.get("present.keys.one"), 14, FontWeight.NORMAL);
        keys.getStyleClass().add(Styles.TEXT_MUTED);

        getChildren().addAll(server, label, code, instructions, countdown, keys);
        widthProperty().addListener((obs, old, now) -> fitCode());
        heightProperty().addListener((obs, old, now) -> fitCode());
    }

    private void fitCode() {
        double side = Math.min(getWidth() - 48, getHeight() - TEXT_ROOM);
        qr.setLogicalSize(Math.max(120, side));
    }

    /** The code on screen, for tests and screenshots. */
    public QrView qr() {
        return qr;
    }

    private static Label text(String id, String value, double size, FontWeight weight) {
        Label label = new Label(value);
        label.setId(id);
        label.setFont(Font.font(null, weight, size));
        label.setStyle("-fx-text-fill: black;");
        label.setWrapText(true);
        label.setTextAlignment(TextAlignment.CENTER);
        label.setMinHeight(Label.USE_PREF_SIZE);
        return label;
    }
}
