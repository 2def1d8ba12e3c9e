package org.invitemanager.ui.login;

import atlantafx.base.theme.Styles;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;

/**
 * Shows the view-model's field problems: ControlsFX's mark on the field, a red border, and the same words beneath it,
 * since an icon alone says nothing to a screen reader or to someone who does not hover over it. The problems come
 * from the view-model; nothing is decided here.
 */
final class FieldChecks {

    private final ValidationSupport support = new ValidationSupport();

    FieldChecks() {
        support.setValidationDecorator(new GraphicValidationDecoration());
    }

    /** Marks the field while its problem is not empty; returns the line that says it in words. */
    Label watch(TextInputControl field, ObservableStringValue problem, String wordsId) {
        return watch(field, problem, new ReadOnlyBooleanWrapper(true), wordsId);
    }

    /**
     * As above, for a field inside a part of the form that can be folded away. ControlsFX draws its marks on a layer
     * above the whole scene and follows only the field's own visibility, so a hidden section would leave them floating.
     */
    Label watch(TextInputControl field, ObservableStringValue problem, ObservableBooleanValue shown, String wordsId) {
        support.registerValidator(field, false, (Control control, Object value) ->
                ValidationResult.fromErrorIf(control, problem.get(), shown.get() && !problem.get().isEmpty()));
        shown.addListener((obs, was, now) -> support.revalidate(field));
        Label words = new Label();
        words.setId(wordsId);
        words.setWrapText(true);
        words.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        words.textProperty().bind(problem);
        words.visibleProperty().bind(words.textProperty().isNotEmpty());
        words.managedProperty().bind(words.visibleProperty());
        words.setLabelFor(field);
        field.accessibleHelpProperty().bind(problem);
        problem.addListener((obs, old, now) -> {
            // Problems also change without typing: when a login is tried, or another server is chosen.
            support.revalidate(field);
            field.pseudoClassStateChanged(Styles.STATE_DANGER, !now.isEmpty());
        });
        return words;
    }
}
