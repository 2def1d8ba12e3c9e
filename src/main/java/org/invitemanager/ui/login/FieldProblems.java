package org.invitemanager.ui.login;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableStringValue;

/**
 * What is wrong with each field, in words. Quiet until the first attempt to log in, so an empty form is not shown as
 * a list of mistakes; after that it follows the typing, so a fixed field is cleared at once.
 */
final class FieldProblems {

    private final BooleanProperty shown = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper jid = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper password = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper host = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper port = new ReadOnlyStringWrapper("");

    FieldProblems(ObservableStringValue jidText, ObservableStringValue passwordText, ObservableStringValue hostText,
                  ObservableStringValue portText) {
        follow(jid, jidText, LoginForm::jidProblem);
        follow(password, passwordText, LoginForm::passwordProblem);
        follow(host, hostText, LoginForm::hostProblem);
        follow(port, portText, LoginForm::portProblem);
    }

    private void follow(ReadOnlyStringWrapper problem, ObservableStringValue text, Function<String, String> check) {
        problem.bind(Bindings.createStringBinding(() -> {
            String found = shown.get() ? check.apply(text.get()) : null;
            return found == null ? "" : found;
        }, shown, text));
    }

    void show() {
        shown.set(true);
    }

    void hide() {
        shown.set(false);
    }

    boolean inConnectionSettings() {
        return !host.get().isEmpty() || !port.get().isEmpty();
    }

    ReadOnlyStringProperty jid() {
        return jid.getReadOnlyProperty();
    }

    ReadOnlyStringProperty password() {
        return password.getReadOnlyProperty();
    }

    ReadOnlyStringProperty host() {
        return host.getReadOnlyProperty();
    }

    ReadOnlyStringProperty port() {
        return port.getReadOnlyProperty();
    }
}
