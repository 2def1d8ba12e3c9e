package org.invitemanager.ui.bulk;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.io.File;
import java.util.Locale;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.invitemanager.domain.LabelledInvite;
import org.invitemanager.export.PaperSize;
import org.invitemanager.ui.Texts;
import org.invitemanager.ui.invites.CreateInviteForm;

/**
 * The batch screen: how many, the label, the same options as a single invite; then a progress bar with Cancel, the
 * result table, and the ways to hand the batch out (full screen one by one, a PDF sheet of cards, a CSV).
 */
public final class BulkView extends HBox {

    private final TableView<BulkRow> table = new TableView<>();
    private final BiConsumer<List<LabelledInvite>, Integer> present;
    private final BulkViewModel model;

    /** {@code present} shows invites full screen, starting at an index. */
    public BulkView(BulkViewModel model, BiConsumer<List<LabelledInvite>, Integer> present) {
        this.model = model;
        this.present = present;
        setId("bulkView");
        setSpacing(20);

        ScrollPane left = new ScrollPane(form());
        left.setFitToWidth(true);
        left.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        left.setMinWidth(370);
        left.setPrefWidth(380);
        VBox right = results();
        HBox.setHgrow(right, Priority.ALWAYS);
        getChildren().addAll(left, right);
    }

    private VBox form() {
        Label intro = new Label(Texts.get("bulk.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add(Styles.TEXT_MUTED);

        TextField count = new TextField();
        count.setId("bulkCount");
        count.setPrefColumnCount(5);
        count.setAccessibleText(Texts.get("bulk.count.accessible"));
        count.textProperty().bindBidirectional(model.countProperty());
        TextField prefix = new TextField();
        prefix.setId("bulkLabel");
        prefix.setAccessibleText(Texts.get("bulk.label.accessible"));
        prefix.setPromptText(Texts.get("bulk.label.prompt"));
        prefix.textProperty().bindBidirectional(model.labelPrefixProperty());
        Label example = new Label();
        example.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        example.textProperty().bind(Bindings.createStringBinding(model::labelExample, model.labelPrefixProperty(),
                model.countProperty()));
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        Label countLabel = new Label(Texts.get("bulk.count.label"));
        countLabel.setLabelFor(count);
        Label prefixLabel = new Label(Texts.get("bulk.label.label"));
        prefixLabel.setLabelFor(prefix);
        grid.addRow(0, countLabel, count);
        grid.addRow(1, prefixLabel, new VBox(4, prefix, example));

        CreateInviteForm options = CreateInviteForm.fieldsOnly(model.options(), "bulk-");

        Label problem = new Label();
        problem.setId("bulkProblem");
        problem.setWrapText(true);
        problem.getStyleClass().add(Styles.DANGER);
        problem.textProperty().bind(model.problemProperty());
        problem.managedProperty().bind(model.problemProperty().isNotEmpty());

        Button start = new Button(Texts.get("bulk.start"));
        start.setId("startBatch");
        start.getStyleClass().add(Styles.ACCENT);
        start.setOnAction(e -> model.startBatch());
        start.disableProperty().bind(model.problemProperty().isNotEmpty().or(model.runningProperty())
                .or(model.connectedProperty().not()));
        Button cancel = new Button(Texts.get("bulk.cancel"));
        cancel.setId("cancelBatch");
        cancel.setCancelButton(false);
        cancel.setOnAction(e -> model.cancel());
        cancel.disableProperty().bind(model.runningProperty().not());
        HBox buttons = new HBox(8, start, cancel);

        ProgressBar bar = new ProgressBar();
        bar.setId("bulkProgress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(model.progressProperty());
        bar.visibleProperty().bind(model.runningProperty());
        bar.managedProperty().bind(bar.visibleProperty());
        Label progressText = new Label();
        progressText.setId("bulkProgressText");
        progressText.textProperty().bind(model.progressTextProperty());
        Label result = new Label();
        result.setId("bulkResult");
        result.setWrapText(true);
        result.textProperty().bind(model.resultTextProperty());

        VBox form = new VBox(12, intro, grid, options, problem, buttons, bar, progressText, result);
        form.setPadding(new Insets(0, 8, 8, 0));
        return form;
    }

    private VBox results() {
        TableColumn<BulkRow, String> label = column(Texts.get("bulk.column.label"), BulkRow::label, 140);
        TableColumn<BulkRow, String> link = column(Texts.get("bulk.column.link"), BulkRow::link, 290);
        TableColumn<BulkRow, String> expires = column(Texts.get("bulk.column.expires"), BulkRow::expires, 150);
        TableColumn<BulkRow, String> status = column(Texts.get("bulk.column.status"), BulkRow::status, 120);
        table.getColumns().setAll(List.of(label, link, expires, status));
        table.setId("bulkTable");
        table.setAccessibleText(Texts.get("bulk.table.accessible"));
        table.setItems(model.rows());
        table.setPlaceholder(new Label(Texts.get("bulk.table.empty")));
        table.setRowFactory(view -> {
            TableRow<BulkRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    presentFromSelection();
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                presentFromSelection();
                e.consume();
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);

        Button presentAll = new Button(Texts.get("bulk.present"));
        presentAll.setId("presentBatch");
        presentAll.setTooltip(new Tooltip(Texts.get("bulk.present.tooltip")));
        presentAll.setOnAction(e -> presentFromSelection());
        ChoiceBox<PaperSize> paper = new ChoiceBox<>();
        paper.setId("bulkPaper");
        paper.getItems().setAll(PaperSize.values());
        paper.valueProperty().bindBidirectional(model.paperProperty());
        paper.setConverter(new StringConverter<>() {
            @Override
            public String toString(PaperSize size) {
                return size == null ? "" : paperName(size);
            }

            @Override
            public PaperSize fromString(String text) {
                throw new UnsupportedOperationException("choices are not typed");
            }
        });
        paper.setAccessibleText(Texts.get("bulk.paper.accessible"));
        Button pdf = new Button(Texts.get("bulk.exportPdf"));
        pdf.setId("exportPdf");
        pdf.setOnAction(e -> choose(Texts.get("bulk.exportPdf.title"), "invites.pdf", Texts.get("bulk.exportPdf.type"),
                "pdf")
                .ifPresent(file -> model.exportPdf(file.toPath())));
        Button csv = new Button(Texts.get("bulk.exportCsv"));
        csv.setId("exportCsv");
        csv.setOnAction(e -> choose(Texts.get("bulk.exportCsv.title"), "invites.csv", Texts.get("bulk.exportCsv.type"),
                "csv")
                .ifPresent(file -> model.exportCsv(file.toPath())));
        for (Button button : List.of(presentAll, pdf, csv)) {
            button.disableProperty().bind(Bindings.isEmpty(model.rows()).or(model.runningProperty()));
        }
        Label paperLabel = new Label(Texts.get("bulk.paper.label"));
        paperLabel.setLabelFor(paper);
        HBox paperBox = new HBox(6, paperLabel, paper);
        paperBox.setAlignment(Pos.CENTER_LEFT);
        FlowPane actions = new FlowPane(8, 8, presentAll, paperBox, pdf, csv);
        Label exportStatus = new Label();
        exportStatus.setId("bulkExportStatus");
        exportStatus.setWrapText(true);
        exportStatus.textProperty().bind(model.exportStatusProperty());
        return new VBox(10, table, actions, exportStatus);
    }

    /** Presents the batch from the selected invite, or from the first. */
    public void presentFromSelection() {
        List<LabelledInvite> made = model.made();
        if (made.isEmpty()) {
            return;
        }
        BulkRow selected = table.getSelectionModel().getSelectedItem();
        int start = selected == null || !selected.made() ? 0 : Math.max(0, made.indexOf(selected.invite()));
        present.accept(made, start);
    }

    private Optional<File> choose(String title, String name, String description, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(name);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, "*." + extension));
        File file = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (file == null) {
            return Optional.empty();
        }
        // The chooser already asked about replacing the name as typed; only add the extension when it is missing.
        return Optional.of(file.getName().toLowerCase(Locale.ROOT).endsWith("." + extension) ? file
                : new File(file.getPath() + "." + extension));
    }

    private static String paperName(PaperSize size) {
        return switch (size) {
            case A4 -> Texts.get("bulk.paper.a4");
            case LETTER -> Texts.get("bulk.paper.letter");
        };
    }

    private static TableColumn<BulkRow, String> column(String title, Function<BulkRow, String> value, double width) {
        TableColumn<BulkRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
