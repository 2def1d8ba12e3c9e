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
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.invitemanager.domain.Invite;
import org.invitemanager.qr.QrPngWriter;
import org.invitemanager.qr.QrView;
import org.invitemanager.ui.Texts;
import org.invitemanager.ui.app.Toasts;
import org.invitemanager.ui.Ticker;

/**
 * One invite: the QR code on white, the link with Copy, what kind it is, when it expires, and the ways to hand it on:
 * full screen, copy the image, save as PNG or SVG, print.
 */
public final class InviteCardView extends HBox {

    private Runnable onPresent = () -> { };

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
        link.setAccessibleText(Texts.get("card.link.accessible"));
        link.setEditable(false);
        link.textProperty().bind(model.payloadProperty());
        HBox.setHgrow(link, Priority.ALWAYS);
        Button copy = new Button(Texts.get("card.copyLink"));
        copy.setId("copyLink");
        Label copied = new Label();
        copied.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        copy.setOnAction(e -> {
            if (model.payloadProperty().get() == null || model.payloadProperty().get().isEmpty()) {
                return;
            }
            putOnClipboard(model.payloadProperty().get());
            copied.setText(Texts.get("card.copied"));
            Toasts.confirm(copy, Texts.get("toast.linkCopied"));
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

        Button present = new Button(Texts.get("card.present"));
        present.setId("present");
        present.getStyleClass().add(Styles.ACCENT);
        present.setTooltip(new Tooltip(Texts.get("card.present.tooltip")));
        present.setOnAction(e -> onPresent.run());
        Button copyImage = new Button(Texts.get("card.copyImage"));
        copyImage.setId("copyImage");
        copyImage.setTooltip(new Tooltip(Texts.get("card.copyImage.tooltip")));
        copyImage.setOnAction(e -> {
            copyImage(model.payloadProperty().get());
            copied.setText(Texts.get("card.copiedImage"));
        });
        Button save = new Button(Texts.get("card.save"));
        save.setId("saveQr");
        save.setTooltip(new Tooltip(Texts.get("card.save.tooltip")));
        save.setOnAction(e -> chooseFile(model));
        Button print = new Button(Texts.get("card.print"));
        print.setId("printInvite");
        print.setTooltip(new Tooltip(Texts.get("card.print.tooltip")));
        print.setOnAction(e -> print(model));
        Label exportStatus = new Label();
        exportStatus.setId("exportStatus");
        exportStatus.getStyleClass().add(Styles.TEXT_SMALL);
        exportStatus.setWrapText(true);
        exportStatus.textProperty().bind(model.exportStatusProperty());
        FlowPane shareRow = new FlowPane(8, 8, present, copyImage, save, print);
        HBox statusRow = new HBox(10, exportStatus, copied);
        statusRow.setAlignment(Pos.CENTER_LEFT);

        VBox details = new VBox(12, kind, linkRow, xmppRow, expiry, hint, shareRow, statusRow);
        details.setMinWidth(320);
        HBox.setHgrow(details, Priority.ALWAYS);
        getChildren().addAll(qrFrame, details);

        visibleProperty().bind(model.inviteProperty().isNotNull());
        managedProperty().bind(visibleProperty());

        Ticker.whileShown(this, model::refreshClock);
    }

    private static HBox xmppLinkRow(InviteCardViewModel model, Label copied) {
        Label caption = new Label(Texts.get("card.xmppLink.caption"));
        caption.getStyleClass().add(Styles.TEXT_MUTED);
        caption.setMinWidth(Region.USE_PREF_SIZE);
        TextField uri = new TextField();
        uri.setId("inviteXmppLink");
        uri.setAccessibleText(Texts.get("card.xmppLink.accessible"));
        uri.setEditable(false);
        uri.textProperty().bind(model.xmppLinkBesidePageProperty());
        HBox.setHgrow(uri, Priority.ALWAYS);
        Button copy = new Button(Texts.get("card.copyXmppLink"));
        copy.setId("copyXmppLink");
        copy.setOnAction(e -> {
            putOnClipboard(model.xmppLinkBesidePageProperty().get());
            copied.setText(Texts.get("card.copiedXmppLink"));
        });
        HBox row = new HBox(8, caption, uri, copy);
        row.setAlignment(Pos.CENTER_LEFT);
        row.visibleProperty().bind(model.xmppLinkBesidePageProperty().isNotEmpty());
        row.managedProperty().bind(row.visibleProperty());
        return row;
    }

    /** What the full-screen button and F11 do; the screen that holds the card decides. */
    public void setOnPresent(Runnable action) {
        onPresent = action == null ? () -> { } : action;
    }

    /** Opens the system print dialog for the invite shown; Ctrl+P calls this too. */
    public void print(InviteCardViewModel model) {
        Invite invite = model.inviteProperty().get();
        if (invite == null) {
            return;
        }
        PrintOutcome outcome = InvitePrinter.print(getScene() == null ? null : getScene().getWindow(), invite,
                InviteKindText.of(invite));
        model.printed(switch (outcome) {
            case PRINTED -> Texts.get("card.print.sent");
            case CANCELLED -> "";
            case NO_PRINTER -> Texts.get("card.print.noPrinter");
            case PAGE_TOO_SMALL -> Texts.get("card.print.pageTooSmall");
            case FAILED -> Texts.get("card.print.failed");
        });
    }

    private static void copyImage(String payload) {
        ClipboardContent content = new ClipboardContent();
        content.putImage(QrView.imageOf(payload, QrPngWriter.EXPORT_PIXELS_PER_MODULE));
        // The link too, so pasting into a text field still gives something useful.
        content.putString(payload);
        Clipboard.getSystemClipboard().setContent(content);
    }

    private static void putOnClipboard(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    private void chooseFile(InviteCardViewModel model) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Texts.get("card.save.title"));
        chooser.setInitialFileName("invite-qr.png");
        FileChooser.ExtensionFilter png = new FileChooser.ExtensionFilter(Texts.get("card.save.png"), "*.png");
        FileChooser.ExtensionFilter svg = new FileChooser.ExtensionFilter(Texts.get("card.save.svg"), "*.svg");
        chooser.getExtensionFilters().addAll(png, svg);
        File file = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (file == null) {
            return;
        }
        String name = file.getName().toLowerCase(Locale.ROOT);
        File target = file;
        if (!name.endsWith(".png") && !name.endsWith(".svg")) {
            target = new File(file.getPath() + (chooser.getSelectedExtensionFilter() == svg ? ".svg" : ".png"));
            // The chooser asked about the name as typed, not about the one with the extension added.
            if (target.exists() && !confirmOverwrite(target)) {
                return;
            }
        }
        model.saveQr(target.toPath());
    }

    private boolean confirmOverwrite(File file) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, Texts.format("card.save.replace", file.getName()),
                ButtonType.YES, ButtonType.NO);
        alert.setHeaderText(null);
        alert.initOwner(getScene() == null ? null : getScene().getWindow());
        return alert.showAndWait().filter(ButtonType.YES::equals).isPresent();
    }
}
