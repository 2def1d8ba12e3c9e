package org.invitemanager.ui.commands;

import atlantafx.base.theme.Styles;
import java.util.IdentityHashMap;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.invitemanager.domain.form.FieldType;
import org.invitemanager.domain.form.FormField;
import org.invitemanager.ui.Texts;

/**
 * A command's form, rendered from a {@link FormInput}: title, instructions, then each field with its label, editor,
 * help text and problem, in the server's order (which is also the Tab order).
 */
public final class FormPane extends VBox {

    private final FormInput formInput;
    // Keyed by identity: two inputs of equal fields are still two rows.
    private final Map<FieldInput, FieldEditor> editors = new IdentityHashMap<>();

    public FormPane(FormInput formInput) {
        this.formInput = formInput;
        setId("formPane");
        setSpacing(14);
        setPadding(new Insets(4, 0, 4, 0));
        header();
        for (FieldInput input : formInput.fields()) {
            FieldEditors.forInput(input).ifPresent(editor -> {
                editors.put(input, editor);
                getChildren().add(row(input, editor));
            });
        }
    }

    public FormInput formInput() {
        return formInput;
    }

    /** Moves focus to the first field {@link FormInput#validate()} found a problem with, if any. */
    public void focusFirstProblem() {
        formInput.firstProblem().map(editors::get).ifPresent(editor -> editor.focusTarget().requestFocus());
    }

    public void focusFirstField() {
        formInput.fields().stream().map(editors::get)
                .filter(e -> e != null && e.focusTarget().isFocusTraversable() && !e.focusTarget().isDisabled())
                .findFirst().ifPresent(editor -> editor.focusTarget().requestFocus());
    }

    /** The label a field is shown with, marked when the server requires it. */
    static String labelText(FormField field) {
        return field.required() ? Texts.format("commands.field.required", field.displayLabel()) : field.displayLabel();
    }

    /** What a screen reader says for the field, where sighted users see the star. */
    static String accessibleName(FormField field) {
        return field.required() ? Texts.format("commands.field.requiredAccessible", field.displayLabel())
                : field.displayLabel();
    }

    private void header() {
        var form = formInput.form();
        if (form.title() != null && !form.title().isBlank()) {
            Label title = serverText(form.title().strip(), "formTitle");
            title.getStyleClass().add(Styles.TITLE_4);
            getChildren().add(title);
        }
        if (!form.instructions().isEmpty()) {
            getChildren().add(serverText(String.join("\n", form.instructions()), "formInstructions"));
        }
        if (!form.problems().isEmpty()) {
            Label problems = serverText(String.join("\n", form.problems()), "formProblems");
            problems.getStyleClass().add(Styles.WARNING);
            getChildren().add(problems);
        }
    }

    private VBox row(FieldInput input, FieldEditor editor) {
        FormField field = input.field();
        Node target = editor.focusTarget();
        VBox row = new VBox(4);
        boolean fixed = field.type() == FieldType.FIXED;
        if (!editor.showsLabel() && !field.displayLabel().isEmpty()) {
            Label label = serverText(labelText(field), null);
            label.setLabelFor(target);
            label.setAccessibleText(accessibleName(field));
            if (fixed) {
                label.getStyleClass().add(Styles.TEXT_BOLD);
            }
            row.getChildren().add(label);
        }
        row.getChildren().add(editor.node());
        if (!fixed) {
            target.setAccessibleText(accessibleName(field));
            if (field.var() != null) {
                target.setId(FieldEditors.id("field-", field.var()));
            } else {
                // The server sent it without a name, so nothing typed here could be sent back.
                target.setDisable(true);
            }
        }
        if (field.description() != null && !field.description().isBlank()) {
            Label help = serverText(field.description().strip(), null);
            help.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            target.setAccessibleHelp(field.description().strip());
            row.getChildren().add(help);
        }
        row.getChildren().add(problem(input, target));
        return row;
    }

    private static Label problem(FieldInput input, Node target) {
        Label problem = new Label();
        problem.setWrapText(true);
        problem.setMnemonicParsing(false);
        problem.getStyleClass().add(Styles.DANGER);
        if (input.field().var() != null) {
            problem.setId(FieldEditors.id("problem-", input.field().var()));
        }
        problem.textProperty().bind(input.problemProperty());
        problem.visibleProperty().bind(input.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        target.pseudoClassStateChanged(Styles.STATE_DANGER, !input.problemProperty().get().isEmpty());
        input.problemProperty().addListener(
                (obs, old, now) -> target.pseudoClassStateChanged(Styles.STATE_DANGER, !now.isEmpty()));
        return problem;
    }

    /** Text from the server: wrapped, and with underscores shown rather than read as shortcuts. */
    private static Label serverText(String text, String id) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMnemonicParsing(false);
        if (id != null) {
            label.setId(id);
        }
        return label;
    }
}
