package org.invitemanager.ui.commands;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import org.invitemanager.domain.form.FormField;
import org.invitemanager.domain.form.XDataForm;
import org.invitemanager.ui.Texts;

/** The rows of a table result (XEP-0004 reported/item), sortable by any column and copyable as TSV. */
final class ResultTable extends VBox {

    private static final int VISIBLE_ROWS = 12;

    private final List<FormField> columns;
    private final TableView<Map<String, List<String>>> table = new TableView<>();

    ResultTable(XDataForm form) {
        super(6);
        this.columns = form.columns();
        table.setId("resultTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getStyleClass().add(Styles.STRIPED);
        for (FormField field : columns) {
            TableColumn<Map<String, List<String>>, String> column = new TableColumn<>(field.displayLabel());
            column.setCellValueFactory(
                    row -> new ReadOnlyStringWrapper(ResultPane.cell(row.getValue(), field.var())));
            table.getColumns().add(column);
        }
        table.getItems().setAll(form.rows());
        // Header plus the rows, up to a screenful, in ems so they fit at any font size; longer tables scroll.
        double row = 3 * Font.getDefault().getSize();
        table.setFixedCellSize(row);
        table.setPrefHeight((Math.min(form.rows().size(), VISIBLE_ROWS) + 1) * row + 12);

        Button copy = new Button(Texts.get("commands.result.copyTable"));
        copy.setId("copyTable");
        copy.setMnemonicParsing(false);
        copy.getStyleClass().add(Styles.SMALL);
        copy.setOnAction(e -> ResultPane.copy(tsv()));
        HBox actions = new HBox(copy);
        actions.setAlignment(Pos.CENTER_RIGHT);
        getChildren().addAll(table, actions);
    }

    /** The table as shown, sort order included: a header line, then one line per row, cells separated by tabs. */
    String tsv() {
        StringBuilder text = new StringBuilder();
        text.append(columns.stream().map(f -> clean(f.displayLabel())).collect(Collectors.joining("\t")));
        for (Map<String, List<String>> row : table.getItems()) {
            text.append('\n').append(columns.stream().map(f -> clean(ResultPane.cell(row, f.var())))
                    .collect(Collectors.joining("\t")));
        }
        return text.append('\n').toString();
    }

    // A tab or line break inside a cell would shift every column after it.
    private static String clean(String cell) {
        return cell.replaceAll("[\\t\\r\\n]+", " ");
    }
}
