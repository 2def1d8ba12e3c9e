package org.invitemanager.ui.qr;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.invitemanager.ui.Ticker;
import org.invitemanager.qr.QrView;

/** One invite: the QR code on white, the link with Copy, what kind it is, when it expires, and Save PNG. */
public final class InviteCardView extends HBox {


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
            putOnClipboard(model.payloadProperty().get());
            copied.setText("Copied.");
        });
        model.payloadProperty().addListener((obs, old, value) -> copied.setText(""));
        HBox linkRow = new HBox(8, link, copy);
        linkRow.setAlignment(Pos.CENTER_LEFT);
        HBox xmppRow = xmppLinkRow(model, copied);

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

        VBox details = new VBox(12, kind, linkRow, xmppRow, expiry, hint, saveRow);
        details.setMinWidth(320);
        HBox.setHgrow(details, Priority.ALWAYS);
        getChildren().addAll(qrFrame, details);

        visibleProperty().bind(model.inviteProperty().isNotNull());
        managedProperty().bind(visibleProperty());

        Ticker.whileShown(this, model::refreshClock);
    }

    private static HBox xmppLinkRow(InviteCardViewModel model, Label copied) {
        Label caption = new Label("For XMPP apps:");
        caption.getStyleClass().add(Styles.TEXT_MUTED);
        caption.setMinWidth(Region.USE_PREF_SIZE);
        TextField uri = new TextField();
        uri.setId("inviteXmppLink");
        uri.setEditable(false);
        uri.textProperty().bind(model.xmppLinkBesidePageProperty());
        HBox.setHgrow(uri, Priority.ALWAYS);
        Button copy = new Button("Copy");
        copy.setId("copyXmppLink");
        copy.setOnAction(e -> {
            putOnClipboard(model.xmppLinkBesidePageProperty().get());
            copied.setText("Copied the xmpp: link.");
        });
        HBox row = new HBox(8, caption, uri, copy);
        row.setAlignment(Pos.CENTER_LEFT);
        row.visibleProperty().bind(model.xmppLinkBesidePageProperty().isNotEmpty());
        row.managedProperty().bind(row.visibleProperty());
        return row;
    }

    private static void putOnClipboard(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    private void choosePngFile(InviteCardViewModel model) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the invite's QR code");
        chooser.setInitialFileName("invite-qr.png");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
        File file = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (file == null) {
            return;
        }
        File png = file;
        if (!file.getName().toLowerCase(Locale.ROOT).endsWith(".png")) {
            png = new File(file.getPath() + ".png");
            // The chooser asked about the name as typed, not about the one with .png added.
            if (png.exists() && !confirmOverwrite(png)) {
                return;
            }
        }
        model.savePng(png.toPath());
    }

    private boolean confirmOverwrite(File file) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, file.getName() + " already exists. Replace it?",
                ButtonType.YES, ButtonType.NO);
        alert.setHeaderText(null);
        alert.initOwner(getScene() == null ? null : getScene().getWindow());
        return alert.showAndWait().filter(ButtonType.YES::equals).isPresent();
    }
}
