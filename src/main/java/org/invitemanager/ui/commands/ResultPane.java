package org.invitemanager.ui.commands;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.invitemanager.domain.form.FieldType;
import org.invitemanager.domain.form.FormField;
import org.invitemanager.domain.form.XDataForm;
import org.invitemanager.ui.Texts;

/** A completed command's result, read-only: each value selectable and copyable, a table result as a table. */
public final class ResultPane extends VBox {

    public ResultPane(XDataForm form) {
        setId("resultPane");
        setSpacing(10);
        setPadding(new Insets(4, 0, 4, 0));
        if (form.title() != null && !form.title().isBlank()) {
            Label title = text(form.title().strip());
            title.setId("resultTitle");
            title.getStyleClass().add(Styles.TITLE_4);
            getChildren().add(title);
        }
        if (!form.instructions().isEmpty()) {
            getChildren().add(text(String.join("\n", form.instructions())));
        }
        if (!form.problems().isEmpty()) {
            Label problems = text(String.join("\n", form.problems()));
            problems.setId("resultProblems");
            problems.getStyleClass().add(Styles.WARNING);
            getChildren().add(problems);
        }
        for (FormField field : form.fields()) {
            if (field.type() == FieldType.FIXED) {
                getChildren().add(text(String.join("\n", field.values())));
            } else if (field.type() != FieldType.HIDDEN && !field.displayLabel().isEmpty()) {
                getChildren().add(row(field));
            }
        }
        if (form.isTable()) {
            getChildren().add(new ResultTable(form));
        }
    }

    /** Puts {@code text} on the system clipboard as plain text. */
    static void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    private static VBox row(FormField field) {
        Label label = text(field.displayLabel());
        if (field.type() == FieldType.TEXT_PRIVATE) {
            // A secret is not put on screen or on the clipboard; the admin only learns that one was returned.
            Label masked = new Label(field.values().isEmpty() ? "" : "••••••••");
            masked.setAccessibleText(Texts.format("commands.result.hidden", field.displayLabel()));
            label.setLabelFor(masked);
            return new VBox(4, label, masked);
        }
        String value = String.join("\n", field.values());
        TextInputControl shown = field.values().size() > 1 || value.contains("\n") ? area(value) : new TextField(value);
        shown.setEditable(false);
        shown.setAccessibleText(field.displayLabel());
        label.setLabelFor(shown);
        Button copy = new Button(Texts.get("commands.result.copy"));
        copy.setMnemonicParsing(false);
        copy.getStyleClass().add(Styles.SMALL);
        copy.setAccessibleText(Texts.format("commands.result.copyAccessible", field.displayLabel()));
        if (field.var() != null) {
            shown.setId(FieldEditors.id("result-", field.var()));
            copy.setId(FieldEditors.id("copy-", field.var()));
        }
        copy.setOnAction(e -> copy(value));
        HBox line = new HBox(8, shown, copy);
        line.setAlignment(Pos.TOP_LEFT);
        HBox.setHgrow(shown, Priority.ALWAYS);
        return new VBox(4, label, line);
    }

    private static TextArea area(String value) {
        TextArea area = new TextArea(value);
        area.setWrapText(true);
        // One spare row: a text area exactly as tall as its lines still shows a scroll bar.
        area.setPrefRowCount((int) Math.min(8, value.lines().count() + 1));
        return area;
    }

    private static Label text(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMnemonicParsing(false);
        return label;
    }

    /** A table cell's text: the column's values in the row, comma-separated. */
    static String cell(Map<String, List<String>> row, String var) {
        List<String> values = var == null ? null : row.get(var);
        return values == null ? "" : String.join(", ", values);
    }
}
