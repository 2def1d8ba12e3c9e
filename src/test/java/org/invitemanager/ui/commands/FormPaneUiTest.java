package org.invitemanager.ui.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.invitemanager.domain.form.FieldType;
import org.invitemanager.domain.form.FormField;
import org.invitemanager.domain.form.FormOption;
import org.invitemanager.domain.form.Validation;
import org.invitemanager.domain.form.XDataForm;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The generic command form and result, filled and read through the window as an admin would. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class FormPaneUiTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 760, 720));
        stage.show();
    }

    @Test
    void everyFieldTypeIsFilledWithMouseAndKeyboardAndSentAsTyped(FxRobot robot) throws Exception {
        FormInput input = new FormInput(everyType());
        show(robot, new FormPane(input));
        assertEquals("Notify_user", robot.lookup("#field-notify").queryAs(CheckBox.class).getText(),
                "an underscore from the server is shown, not taken as a shortcut");
        assertEquals("whole number", robot.lookup("#field-max_uses").queryAs(TextInputControl.class).getPromptText());

        reveal(robot, "#field-notify").clickOn("#field-notify");
        reveal(robot, "#field-account").clickOn("#field-account").write("alice@example.org");
        reveal(robot, "#field-members").clickOn("#field-members").write("bob@example.org")
                .type(KeyCode.ENTER).write("carol@example.org").type(KeyCode.ENTER);
        reveal(robot, "#field-role").clickOn("#field-role");
        robot.clickOn("Administrator");
        reveal(robot, "#field-groups").clickOn("Friends").type(KeyCode.SPACE);
        robot.type(KeyCode.DOWN).type(KeyCode.DOWN).type(KeyCode.SPACE);
        reveal(robot, "#field-max_uses").clickOn("#field-max_uses").write("5");
        reveal(robot, "#field-password").clickOn("#field-password").write("s3cret");
        reveal(robot, "#field-note").clickOn("#field-note").write("first").type(KeyCode.ENTER)
                .type(KeyCode.ENTER).write("third").type(KeyCode.ENTER);
        reveal(robot, "#field-colour").clickOn("#field-colour").write("blue");
        WaitForAsyncUtils.waitForFxEvents();

        Map<String, List<String>> expected = new LinkedHashMap<>();
        expected.put("notify", List.of("true"));
        expected.put("FORM_TYPE", List.of("urn:example:invite"));
        expected.put("account", List.of("alice@example.org"));
        expected.put("members", List.of("bob@example.org", "carol@example.org"));
        expected.put("role", List.of("admin"));
        expected.put("groups", List.of("friends", "family"));
        expected.put("max#uses", List.of("5"));
        expected.put("password", List.of("s3cret"));
        expected.put("note", List.of("first", "", "third"));
        expected.put("colour", List.of("blue"));
        assertEquals(expected, WaitForAsyncUtils.asyncFx(input::answers).get(5, TimeUnit.SECONDS));
    }

    @Test
    void aProblemIsShownUnderItsFieldWhichTakesFocusAndClearsWhenEdited(FxRobot robot) throws Exception {
        FormInput input = new FormInput(everyType());
        FormPane pane = new FormPane(input);
        show(robot, pane);
        Label problem = robot.lookup("#problem-account").queryAs(Label.class);
        assertFalse(problem.isVisible(), "no problem before checking");

        robot.interact(() -> assertFalse(input.validate(), "the required address is empty"));
        robot.interact(pane::focusFirstProblem);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(problem.isVisible());
        assertTrue(problem.getText().contains("Account"), problem.getText());
        Node account = robot.lookup("#field-account").query();
        assertTrue(account.isFocused(), "focus is on the field to fix, not " + stage.getScene().getFocusOwner());

        robot.write("alice@example.org");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(problem.isVisible(), "the message goes once the field is edited");
    }

    @Test
    void aTableResultShowsItsRowsSortsAndCopiesAsTabSeparatedText(FxRobot robot) throws Exception {
        FormField jid = FormField.of("jid", FieldType.JID_SINGLE, "Address");
        FormField expires = FormField.of("expires", FieldType.TEXT_SINGLE, "Expires");
        XDataForm result = new XDataForm("result", "Pending invites", List.of(),
                List.of(FormField.of("count", FieldType.TEXT_SINGLE, "Count", "3")), List.of(jid, expires),
                List.of(Map.of("jid", List.of("carol@example.org"), "expires", List.of("2026-03-01")),
                        Map.of("jid", List.of("alice@example.org"), "expires", List.of("2026-01-01")),
                        Map.of("jid", List.of("bob@example.org"), "expires", List.of("2026-02-01"))),
                List.of());
        show(robot, new ResultPane(result));
        assertEquals(3, robot.lookup("#resultTable").queryAs(TableView.class).getItems().size());

        robot.clickOn("Address");
        robot.clickOn("#copyTable");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Address\tExpires\n"
                + "alice@example.org\t2026-01-01\n"
                + "bob@example.org\t2026-02-01\n"
                + "carol@example.org\t2026-03-01\n", clipboardText(), "the rows as shown, sorted by address");

        robot.clickOn("#copy-count");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("3", clipboardText());
    }

    @Test
    void valuesTheServerDidNotOfferStayMarkedAndAnOpenListTakesTypedText(FxRobot robot) throws Exception {
        List<FormOption> options = List.of(new FormOption("Member", "member"), new FormOption("Guest", "guest"));
        Validation open = new Validation(null, Validation.Method.OPEN, null, null, null, null, null);
        FormInput input = new FormInput(XDataForm.of("form", List.of(
                FormField.of("role", FieldType.LIST_SINGLE, "Role", "owner").withOptions(options),
                FormField.of("groups", FieldType.LIST_MULTI, "Groups", "guest", "staff").withOptions(options),
                FormField.of("room", FieldType.LIST_SINGLE, "Room").withOptions(options).withValidation(open))));
        show(robot, new FormPane(input));
        ComboBox<?> role = robot.lookup("#field-role").queryAs(ComboBox.class);
        assertEquals("owner (not offered)", ((FormOption) role.getValue()).display());
        assertTrue(robot.lookup("staff (not offered)").tryQuery().isPresent(), "the extra value is listed");

        robot.clickOn("Member").type(KeyCode.SPACE);
        robot.clickOn("#field-room").write("lobby");
        WaitForAsyncUtils.waitForFxEvents();
        Map<String, List<String>> expected = new LinkedHashMap<>();
        expected.put("role", List.of("owner"));
        expected.put("groups", List.of("member", "guest", "staff"));
        expected.put("room", List.of("lobby"));
        assertEquals(expected, WaitForAsyncUtils.asyncFx(input::answers).get(5, TimeUnit.SECONDS));
    }

    /** One field of each XEP-0004 type, plus one of a type the app does not know. */
    private static XDataForm everyType() {
        List<FormField> fields = List.of(
                FormField.of("notify", FieldType.BOOLEAN, "Notify_user"),
                FormField.of(null, FieldType.FIXED, null, "Fill in the details below."),
                FormField.of("FORM_TYPE", FieldType.HIDDEN, null, "urn:example:invite"),
                FormField.of("account", FieldType.JID_SINGLE, "Account").withRequired(true),
                FormField.of("members", FieldType.JID_MULTI, "Members"),
                FormField.of("role", FieldType.LIST_SINGLE, "Role").withRequired(true).withOptions(List.of(
                        new FormOption("Member", "member"), new FormOption("Administrator", "admin"))),
                FormField.of("groups", FieldType.LIST_MULTI, "Groups").withOptions(List.of(
                        new FormOption("Friends", "friends"), new FormOption("Work", "work"),
                        new FormOption("Family", "family"))),
                FormField.of("max#uses", FieldType.TEXT_SINGLE, "Maximum uses").withValidation(
                        new Validation("xs:integer", Validation.Method.BASIC, null, null, null, null, null)),
                FormField.of("password", FieldType.TEXT_PRIVATE, "Password"),
                FormField.of("note", FieldType.TEXT_MULTI, "Note").withDescription("Only admins see it."),
                new FormField("colour", FieldType.TEXT_SINGLE, "weird-type", "Colour", null, false, List.of(),
                        List.of(), null));
        return new XDataForm("form", "Create invite", List.of("Fill in what you need."), fields, List.of(),
                List.of(), List.of());
    }

    private void show(FxRobot robot, Parent content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        robot.interact(() -> stage.getScene().setRoot(scroll));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Scrolls the form so the node is on screen; the robot clicks at screen points. */
    private FxRobot reveal(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        robot.interact(() -> {
            ScrollPane scroll = (ScrollPane) stage.getScene().getRoot();
            Node content = scroll.getContent();
            Bounds bounds = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
            double room = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(room <= 0 ? 0 : Math.min(1, Math.max(0, bounds.getMinY() - 20) / room));
        });
        WaitForAsyncUtils.waitForFxEvents();
        return robot;
    }

    private static String clipboardText() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get(5, TimeUnit.SECONDS);
    }
}
