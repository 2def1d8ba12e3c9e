package org.invitemanager.ui.commands;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.invitemanager.domain.form.FormValidator;
import org.invitemanager.domain.form.XDataForm;

/** A form being filled in: one {@link FieldInput} per field, in the server's order, fixed and hidden ones included. */
public final class FormInput {

    private final XDataForm form;
    private final List<FieldInput> fields;

    public FormInput(XDataForm form) {
        this.form = form;
        this.fields = form.fields().stream().map(FieldInput::new).toList();
    }

    public XDataForm form() {
        return form;
    }

    public List<FieldInput> fields() {
        return fields;
    }

    public Optional<FieldInput> field(String var) {
        return fields.stream().filter(f -> var.equals(f.field().var())).findFirst();
    }

    /** The values to send: each submitted field's, hidden ones unchanged. */
    public Map<String, List<String>> answers() {
        Map<String, List<String>> answers = new LinkedHashMap<>();
        for (FieldInput input : fields) {
            if (input.field().isSubmitted()) {
                answers.putIfAbsent(input.field().var(), input.values());
            }
        }
        return answers;
    }

    /** Marks each field's first problem; true when there are none and the form may be sent. */
    public boolean validate() {
        Map<String, String> problems = FormValidator.problems(form, answers());
        for (FieldInput input : fields) {
            String var = input.field().var();
            input.setProblem(var == null ? "" : problems.getOrDefault(var, ""));
        }
        return problems.isEmpty();
    }

    /** The first field with a problem, for focus. */
    public Optional<FieldInput> firstProblem() {
        return fields.stream().filter(f -> !f.problemProperty().get().isEmpty()).findFirst();
    }
}
