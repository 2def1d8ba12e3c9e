package org.invitemanager.ui.qr;

import atlantafx.base.theme.Styles;
import java.io.File;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.Duration;
import org.invitemanager.qr.QrView;

/** One invite: the QR code on white, the link with Copy, what kind it is, when it expires, and Save PNG. */
public final class InviteCardView extends HBox {

    private final Timeline clock;

    public InviteCardView(InviteCardViewModel model) {
        setId("inviteCard");
        setSpacing(24);
        setPadding(new Insets(20));
        setAlignment(Pos.TOP_LEFT);
        getStyleClass().add("invite-card");

        QrView qr = new QrView();
        qr.setId("qr");
        qr.payloadProperty().bind(model.payloadProperty());
        qr.setFocusTraversable(false);
        StackPane qrFrame = new StackPane(qr);
        qrFrame.getStyleClass().add("qr-frame");

        Label kind = new Label();
        kind.setId("inviteKind");
        kind.getStyleClass().add(Styles.TITLE_4);
        kind.setWrapText(true);
        kind.textProperty().bind(model.kindTextProperty());

        TextField link = new TextField();
        link.setId("inviteLink");
        link.setEditable(false);
        link.textProperty().bind(model.payloadProperty());
        HBox.setHgrow(link, Priority.ALWAYS);
        Button copy = new Button("Copy lin_k");
        copy.setId("copyLink");
        Label copied = new Label();
        copied.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(model.payloadProperty().get());
            Clipboard.getSystemClipboard().setContent(content);
            copied.setText("Copied.");
        });
        model.payloadProperty().addListener((obs, old, value) -> copied.setText(""));
        HBox linkRow = new HBox(8, link, copy);
        linkRow.setAlignment(Pos.CENTER_LEFT);

        Label expiry = new Label();
        expiry.setId("inviteExpiry");
        expiry.textProperty().bind(model.expiryTextProperty());
        Label hint = new Label();
        hint.setId("scanHint");
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.textProperty().bind(model.scanHintProperty());

        Button save = new Button("Sa_ve PNG…");
        save.setId("savePng");
        save.setOnAction(e -> choosePngFile(model));
        Label exportStatus = new Label();
        exportStatus.setId("exportStatus");
        exportStatus.getStyleClass().add(Styles.TEXT_SMALL);
        exportStatus.textProperty().bind(model.exportStatusProperty());
        HBox saveRow = new HBox(10, save, exportStatus, copied);
        saveRow.setAlignment(Pos.CENTER_LEFT);

        VBox details = new VBox(12, kind, linkRow, expiry, hint, saveRow);
        details.setMinWidth(320);
        HBox.setHgrow(details, Priority.ALWAYS);
        getChildren().addAll(qrFrame, details);

        visibleProperty().bind(model.inviteProperty().isNotNull());
        managedProperty().bind(visibleProperty());

        clock = new Timeline(new KeyFrame(Duration.seconds(30), e -> model.refreshClock()));
        clock.setCycleCount(Timeline.INDEFINITE);
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) {
                clock.stop();
            } else {
                clock.play();
            }
        });
    }

    private void choosePngFile(InviteCardViewModel model) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the invite's QR code");
        chooser.setInitialFileName("invite-qr.png");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
        File file = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (file != null) {
            File png = file.getName().toLowerCase().endsWith(".png") ? file : new File(file.getPath() + ".png");
            model.savePng(png.toPath());
        }
    }
}
