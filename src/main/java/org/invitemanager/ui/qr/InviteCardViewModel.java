package org.invitemanager.ui.qr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Logger;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.invitemanager.domain.Failure;
import org.invitemanager.domain.FailureException;
import org.invitemanager.domain.Invite;
import org.invitemanager.qr.QrCodes;
import org.invitemanager.qr.QrEncoder;
import org.invitemanager.qr.QrMatrix;
import org.invitemanager.qr.QrPngWriter;
import org.invitemanager.qr.QrSvgWriter;
import org.invitemanager.ui.ExpiryText;
import org.invitemanager.ui.FailureMessages;
import org.invitemanager.ui.Texts;

/** What the invite card shows: the QR payload, the link, the kind, the expiry, and the state of a PNG export. */
public final class InviteCardViewModel {

    private static final Logger LOG = Logger.getLogger(InviteCardViewModel.class.getName());

    private final ReadOnlyObjectWrapper<Invite> invite = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper payload = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper kindText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper expiryText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper scanHint = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper xmppLinkBesidePage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper exportStatus = new ReadOnlyStringWrapper("");

    private final Clock clock;
    private final ExpiryText expiry;
    private final Executor files;
    private final Executor ui;
    private long shows;

    public InviteCardViewModel(Clock clock, ExpiryText expiry, Executor files, Executor ui) {
        this.clock = clock;
        this.expiry = expiry;
        this.files = files;
        this.ui = ui;
    }

    /**
     * Shows {@code shown}, or an empty card for null. Its code is made on the file executor first and the card
     * changes after, so the FX thread never waits for the encoder; of several quick calls the last one wins.
     */
    public void show(Invite shown) {
        long ticket = ++shows;
        if (shown == null) {
            apply(null);
            return;
        }
        String data = shown.qrPayload();
        try {
            CompletableFuture.runAsync(() -> QrCodes.prepare(data), files).whenCompleteAsync((ok, failure) -> {
                if (ticket == shows) {
                    apply(shown);
                }
            }, ui);
        } catch (RejectedExecutionException closing) {
            apply(shown);
        }
    }

    private void apply(Invite shown) {
        invite.set(shown);
        exportStatus.set("");
        if (shown == null) {
            payload.set("");
            xmppLinkBesidePage.set("");
            kindText.set("");
            scanHint.set("");
            expiryText.set("");
            return;
        }
        payload.set(shown.qrPayload());
        // People who already use XMPP are better served by the xmpp: link itself, so it stays reachable.
        xmppLinkBesidePage.set(shown.needsXmppApp() ? "" : shown.uri());
        kindText.set(InviteKindText.of(shown));
        scanHint.set(shown.needsXmppApp() ? Texts.get("card.hint.xmppApp") : Texts.get("card.hint.camera"));
        refreshClock();
    }

    /** Recomputes the relative expiry ("in 6 days"); the view calls this every 30 seconds. */
    public void refreshClock() {
        Invite shown = invite.get();
        expiryText.set(shown == null ? "" : capitalise(expiry.describe(shown.expires(), clock.instant())));
    }

    /** Writes the QR as a PNG on the file executor and reports back in {@link #exportStatusProperty()}. */
    public CompletableFuture<Void> savePng(Path target) {
        return save(target, matrix -> QrPngWriter.write(matrix, QrPngWriter.EXPORT_PIXELS_PER_MODULE, target));
    }

    /** Writes the QR as an SVG, one vector path for the modules, for print shops and layout programs. */
    public CompletableFuture<Void> saveSvg(Path target) {
        return save(target, matrix -> QrSvgWriter.write(matrix, target));
    }

    /** Writes an SVG when {@code target} ends in .svg, else a PNG. */
    public CompletableFuture<Void> saveQr(Path target) {
        return target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg")
                ? saveSvg(target) : savePng(target);
    }

    /** Writes one export format. */
    @FunctionalInterface
    private interface QrFileWriter {
        void write(QrMatrix matrix) throws IOException;
    }

    private CompletableFuture<Void> save(Path target, QrFileWriter writer) {
        String data = payload.get();
        exportStatus.set(Texts.get("card.status.saving"));
        return CompletableFuture.runAsync(() -> {
            try {
                writer.write(QrEncoder.encode(data));
            } catch (IOException e) {
                LOG.warning(() -> "QR export failed: " + e.getClass().getSimpleName());
                throw new UncheckedIOException(e);
            }
        }, files).whenCompleteAsync((ok, failure) -> {
            if (failure == null) {
                exportStatus.set(Texts.format("card.status.saved", target.getFileName().toString()));
            } else if (FailureException.of(failure) instanceof Failure.Unexpected) {
                exportStatus.set(Texts.format("card.status.saveFailed", target.getFileName().toString(),
                        rootMessage(failure)));
            } else {
                exportStatus.set(FailureMessages.describe(FailureException.of(failure)));
            }
        }, ui);
    }

    /** Tells the admin what happened to a print request. */
    public void printed(String outcome) {
        exportStatus.set(outcome);
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    public ReadOnlyObjectProperty<Invite> inviteProperty() {
        return invite.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty payloadProperty() {
        return payload.getReadOnlyProperty();
    }

    /** The xmpp: URI when the QR holds a landing page instead; empty otherwise. */
    public ReadOnlyStringProperty xmppLinkBesidePageProperty() {
        return xmppLinkBesidePage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty kindTextProperty() {
        return kindText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty expiryTextProperty() {
        return expiryText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty scanHintProperty() {
        return scanHint.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty exportStatusProperty() {
        return exportStatus.getReadOnlyProperty();
    }
}
