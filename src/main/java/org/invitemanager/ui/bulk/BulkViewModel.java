package org.invitemanager.ui.bulk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.logging.Logger;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.invitemanager.bulk.BulkFailure;
import org.invitemanager.bulk.BulkInviteRun;
import org.invitemanager.bulk.BulkListener;
import org.invitemanager.bulk.BulkOutcome;
import org.invitemanager.bulk.BulkProgress;
import org.invitemanager.bulk.BulkRequest;
import org.invitemanager.domain.InviteKind;
import org.invitemanager.domain.InviteOptions;
import org.invitemanager.domain.LabelledInvite;
import org.invitemanager.domain.SessionInfo;
import org.invitemanager.export.InviteCsv;
import org.invitemanager.export.PaperSize;
import org.invitemanager.export.PdfInviteSheet;
import org.invitemanager.settings.InviteHistoryStore;
import org.invitemanager.ui.ExpiryText;
import org.invitemanager.ui.FailureMessages;
import org.invitemanager.ui.Texts;
import org.invitemanager.ui.invites.CreateInviteViewModel;
import org.invitemanager.xmpp.XmppSession;

/**
 * Invites for an event: N at once with the same options, numbered labels, a progress bar with an estimate, Cancel
 * that keeps what was made, and the exports (PDF sheet, CSV) of the result. Every invite made goes into the local
 * history as it arrives, so even a batch cut short by a crash loses nothing.
 */
public final class BulkViewModel {

    private static final Logger LOG = Logger.getLogger(BulkViewModel.class.getName());

    private final StringProperty count = new SimpleStringProperty("10");
    private final StringProperty labelPrefix = new SimpleStringProperty(Texts.get("bulk.label.default"));
    private final ObjectProperty<PaperSize> paper = new SimpleObjectProperty<>(PaperSize.A4);
    private final ReadOnlyBooleanWrapper connected = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper resultText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper exportStatus = new ReadOnlyStringWrapper("");
    private final ObservableList<BulkRow> rows = FXCollections.observableArrayList();

    private final XmppSession session;
    private final CreateInviteViewModel options;
    private final InviteHistoryStore history;
    private final Clock clock;
    private final ExpiryText expiry;
    private final Executor files;
    private final Executor ui;
    private String account = "";
    private String server = "";
    private boolean companion;
    private BulkInviteRun current;

    public BulkViewModel(XmppSession session, CreateInviteViewModel options, InviteHistoryStore history, Clock clock,
                         ExpiryText expiry, Executor files, Executor ui) {
        this.session = session;
        this.options = options;
        this.history = history;
        this.clock = clock;
        this.expiry = expiry;
        this.files = files;
        this.ui = ui;
        count.addListener(changed -> check());
        labelPrefix.addListener(changed -> check());
        options.inputs().forEach(input -> input.addListener(changed -> check()));
        if (Locale.getDefault().getCountry().matches("US|CA|MX|PH")) {
            paper.set(PaperSize.LETTER);
        }
    }

    public void start(SessionInfo info) {
        options.start(info);
        if (!info.account().equals(account)) {
            rows.clear();
            resultText.set("");
            progressText.set("");
            progress.set(0);
        }
        account = info.account();
        server = info.domain();
        companion = info.capabilities().hasCompanion();
        connected.set(true);
        check();
    }

    public void connectionLost() {
        connected.set(false);
    }

    public void stop() {
        cancel();
        connected.set(false);
    }

    /** Starts the batch when the form is valid; otherwise the problem stays on screen. */
    public void startBatch() {
        Optional<BulkRequest> request = request();
        if (request.isEmpty() || running.get() || !connected.get()) {
            return;
        }
        rows.clear();
        exportStatus.set("");
        resultText.set("");
        progress.set(0);
        progressText.set(Texts.get("bulk.progress.starting"));
        running.set(true);
        String forAccount = account;
        BulkInviteRun run = new BulkInviteRun(session, request.get(), BulkInviteRun.DEFAULT_IN_FLIGHT, clock,
                new BulkListener() {
                    @Override
                    public void made(int number, LabelledInvite invite) {
                        files.execute(() -> remember(forAccount, invite));
                        ui.execute(() -> addRow(new BulkRow(number, invite.label(), invite.invite().qrPayload(),
                                expiry.sortableDate(invite.invite().expires()), Texts.get("bulk.row.ready"), invite)));
                    }

                    @Override
                    public void failed(BulkFailure failure) {
                        ui.execute(() -> addRow(new BulkRow(failure.number(), failure.label(), "", "",
                                FailureMessages.describe(failure.failure()), null)));
                    }

                    @Override
                    public void progress(BulkProgress now) {
                        ui.execute(() -> showProgress(now));
                    }
                });
        current = run;
        run.start().whenCompleteAsync((outcome, error) -> finished(run, outcome), ui);
    }

    /** Starts no more invites; those in flight finish and are kept. */
    public void cancel() {
        if (current != null) {
            progressText.set(Texts.get("bulk.progress.cancelling"));
            current.cancel();
        }
    }

    private void remember(String forAccount, LabelledInvite made) {
        try {
            history.record(forAccount, made.invite(), clock.instant(), made.label());
        } catch (IOException e) {
            LOG.warning(() -> "cannot save a batch invite in the history: " + e.getClass().getSimpleName());
            ui.execute(() -> exportStatus.set(Texts.get("bulk.error.notInHistory")));
        }
    }

    private void addRow(BulkRow row) {
        int at = 0;
        while (at < rows.size() && rows.get(at).number() < row.number()) {
            at++;
        }
        rows.add(at, row);
    }

    private void showProgress(BulkProgress now) {
        progress.set(now.fraction());
        Optional<String> left = now.remaining().filter(d -> now.done() < now.total()).map(BulkViewModel::seconds);
        if (now.failed() == 0) {
            progressText.set(left.isEmpty() ? Texts.format("bulk.progress", now.done(), now.total())
                    : Texts.format("bulk.progress.left", now.done(), now.total(), left.get()));
        } else {
            progressText.set(left.isEmpty()
                    ? Texts.format("bulk.progress.failed", now.done(), now.total(), now.failed())
                    : Texts.format("bulk.progress.failedLeft", now.done(), now.total(), now.failed(), left.get()));
        }
    }

    private void finished(BulkInviteRun run, BulkOutcome outcome) {
        if (current != run) {
            return;
        }
        current = null;
        running.set(false);
        rows.sort(Comparator.comparingInt(BulkRow::number));
        int made = outcome.made().size();
        int asked = made + outcome.failed().size() + outcome.notStarted();
        progressText.set("");
        resultText.set(resultOf(outcome, made, asked));
    }

    private static String resultOf(BulkOutcome outcome, int made, int asked) {
        int failed = outcome.failed().size();
        int notStarted = outcome.notStarted();
        if (outcome.complete()) {
            return Texts.format("bulk.result.complete", made);
        } else if (outcome.cancelled()) {
            return failed == 0 ? Texts.format("bulk.result.cancelled", made, asked, notStarted)
                    : Texts.format("bulk.result.cancelledFailed", made, asked, notStarted, failed);
        } else if (notStarted == 0) {
            return Texts.format("bulk.result.failed", made, asked, failed);
        }
        return failed == 0 ? Texts.format("bulk.result.notStarted", made, asked, notStarted)
                : Texts.format("bulk.result.failedNotStarted", made, asked, failed, notStarted);
    }

    private static String seconds(Duration d) {
        long s = Math.max(1, (d.toMillis() + 999) / 1000);
        return s < 120 ? Texts.format("bulk.progress.seconds", s)
                : Texts.format("bulk.progress.minutes", (s + 59) / 60);
    }

    /** The invites made by the last batch, in label order. */
    public List<LabelledInvite> made() {
        return rows.stream().filter(BulkRow::made).map(BulkRow::invite).toList();
    }

    /** Writes the printable sheet of the batch on the file executor. */
    public CompletableFuture<Void> exportPdf(Path target) {
        List<LabelledInvite> invites = made();
        PaperSize size = paper.get();
        return export(target, () -> PdfInviteSheet.write(invites, size, server, target));
    }

    /** Writes label, link, expiry and id of the batch as CSV, for mail merges. */
    public CompletableFuture<Void> exportCsv(Path target) {
        List<LabelledInvite> invites = made();
        return export(target, () -> InviteCsv.write(invites, target));
    }

    /** One export that may fail with an I/O error. */
    @FunctionalInterface
    private interface FileWork {
        void write() throws IOException;
    }

    private CompletableFuture<Void> export(Path target, FileWork work) {
        if (made().isEmpty()) {
            exportStatus.set(Texts.get("bulk.export.nothing"));
            return CompletableFuture.completedFuture(null);
        }
        exportStatus.set(Texts.format("bulk.export.saving", target.getFileName().toString()));
        return CompletableFuture.runAsync(() -> {
            try {
                work.write();
            } catch (IOException e) {
                LOG.warning(() -> "batch export failed: " + e.getClass().getSimpleName());
                throw new UncheckedIOException(e);
            }
        }, files).whenCompleteAsync((ok, error) -> exportStatus.set(error == null
                ? Texts.format("bulk.export.saved", target.getFileName().toString())
                : Texts.format("bulk.export.failed", target.getFileName().toString(), rootMessage(error))), ui);
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    private Optional<BulkRequest> request() {
        check();
        if (!problem.get().isEmpty()) {
            return Optional.empty();
        }
        Optional<InviteOptions> chosen = options.options();
        return chosen.map(o -> new BulkRequest(o, Integer.parseInt(count.get().strip()), labelPrefix.get(),
                companion));
    }

    private void check() {
        String optionsProblem = options.problemProperty().get();
        if (optionsProblem != null && !optionsProblem.isEmpty()) {
            problem.set(optionsProblem);
            return;
        }
        int n;
        try {
            n = Integer.parseInt(count.get() == null ? "" : count.get().strip());
        } catch (NumberFormatException e) {
            problem.set(Texts.get("bulk.problem.count"));
            return;
        }
        Optional<InviteOptions> chosen = options.options();
        problem.set(chosen.flatMap(o -> new BulkRequest(o, n, labelPrefix.get(), companion).problem()).orElse(""));
    }

    /** What the labels will look like: "Workshop 1 … Workshop 25", named as the batch will name them. */
    public String labelExample() {
        String n = count.get() == null ? "" : count.get().strip();
        BulkRequest shape = new BulkRequest(InviteOptions.of(InviteKind.ACCOUNT), 1, labelPrefix.get(), false);
        return n.matches("\\d{1,4}") && !n.equals("1")
                ? Texts.format("bulk.label.example", shape.label(1), shape.label(Integer.parseInt(n))) : shape.label(1);
    }

    public CreateInviteViewModel options() {
        return options;
    }

    public String server() {
        return server;
    }

    public StringProperty countProperty() {
        return count;
    }

    public StringProperty labelPrefixProperty() {
        return labelPrefix;
    }

    public ObjectProperty<PaperSize> paperProperty() {
        return paper;
    }

    public ObservableList<BulkRow> rows() {
        return rows;
    }

    public ReadOnlyBooleanProperty connectedProperty() {
        return connected.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty resultTextProperty() {
        return resultText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty exportStatusProperty() {
        return exportStatus.getReadOnlyProperty();
    }
}
