package org.invitemanager.ui.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.invitemanager.domain.Failure;
import org.invitemanager.domain.FailureException;
import org.invitemanager.domain.InviteListEntry;
import org.invitemanager.domain.command.AdminCommand;
import org.invitemanager.domain.command.CommandAction;
import org.invitemanager.domain.command.CommandNote;
import org.invitemanager.domain.command.CommandStatus;
import org.invitemanager.domain.command.CommandStep;
import org.invitemanager.domain.form.FieldType;
import org.invitemanager.domain.form.FormField;
import org.invitemanager.domain.form.XDataForm;
import org.invitemanager.settings.InviteHistoryStore;
import org.invitemanager.testsupport.FakeXmppSession;
import org.invitemanager.testsupport.FakeXmppSession.CommandCall;
import org.invitemanager.testsupport.MutableClock;
import org.invitemanager.ui.ExpiryText;
import org.invitemanager.ui.qr.InviteCardViewModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandRunViewModelTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final String ADMIN = "http://jabber.org/protocol/admin";
    private static final AdminCommand ADD_USER = new AdminCommand(ADMIN + "#add-user", "Add User");
    private static final AdminCommand CREATE_INVITE =
            new AdminCommand("urn:xmpp:invite#create-account", "Create new account invite");
    private static final XDataForm ADD_USER_FORM = XDataForm.of("form", List.of(
            FormField.of(XDataForm.FORM_TYPE, FieldType.HIDDEN, null, ADMIN),
            FormField.of(null, FieldType.FIXED, null, "Fill in the account to create."),
            FormField.of("accountjid", FieldType.JID_SINGLE, "The Jabber ID for the account to be added")
                    .withRequired(true),
            FormField.of("password", FieldType.TEXT_PRIVATE, "The password for this account").withRequired(true)));
    private static final String URI = "xmpp:localhost?register;preauth=abc123abc123abc123abc123";

    @TempDir
    Path dir;

    private FakeXmppSession session;
    private InviteCardViewModel card;
    private InviteHistoryStore history;
    private CommandRunViewModel model;

    @BeforeEach
    void setUp() {
        session = new FakeXmppSession();
        MutableClock clock = new MutableClock(NOW);
        card = new InviteCardViewModel(clock, new ExpiryText(ZoneOffset.UTC, Locale.US), Runnable::run, Runnable::run);
        history = new InviteHistoryStore(dir);
        model = new CommandRunViewModel(session, card, history, clock, Runnable::run, Runnable::run);
        model.reset("Admin@localhost");
    }

    private static CommandStep executing(AdminCommand command, String sessionId, XDataForm form,
                                         CommandAction enter, CommandAction... actions) {
        return new CommandStep(command.node(), sessionId, CommandStatus.EXECUTING, List.of(actions), enter, List.of(),
                form);
    }

    private static CommandStep finished(AdminCommand command, CommandStatus status, XDataForm form,
                                        CommandNote... notes) {
        return new CommandStep(command.node(), "s1", status, List.of(), null, List.of(notes), form);
    }

    private void answer(CommandStep step) {
        session.commandSteps.add(CompletableFuture.completedFuture(step));
    }

    private FormInput startedAddUser() {
        answer(executing(ADD_USER, "s1", ADD_USER_FORM, CommandAction.NEXT, CommandAction.NEXT));
        model.start(ADD_USER);
        return model.formProperty().get();
    }

    private static void fill(FormInput form) {
        form.field("accountjid").orElseThrow().setText("alice@localhost");
        form.field("password").orElseThrow().setText("s3cret-Pass");
    }

    @Test
    void startExecutesTheNodeIsBusyUntilTheAnswerThenShowsItsFormAndActions() {
        CompletableFuture<CommandStep> pending = new CompletableFuture<>();
        session.commandSteps.add(pending);

        model.start(ADD_USER);

        assertEquals(List.of(new CommandCall(ADD_USER.node(), null, CommandAction.EXECUTE, Map.of())),
                session.commandCalls);
        assertTrue(model.busyProperty().get());
        assertSame(ADD_USER, model.commandProperty().get());
        assertNull(model.formProperty().get());

        pending.complete(executing(ADD_USER, "s1", ADD_USER_FORM, CommandAction.NEXT, CommandAction.NEXT));

        assertFalse(model.busyProperty().get());
        FormInput form = model.formProperty().get();
        assertNotNull(form);
        assertSame(ADD_USER_FORM, form.form());
        assertEquals(List.of("FORM_TYPE", "accountjid", "password"),
                form.fields().stream().map(f -> f.field().var()).filter(v -> v != null).toList());
        assertEquals(List.of(CommandAction.NEXT), model.actionsProperty().get());
        assertSame(CommandAction.NEXT, model.enterActionProperty().get());
        assertTrue(model.cancellableProperty().get());
        assertEquals("", model.errorProperty().get());
    }

    @Test
    void aDropInTheMiddleEndsTheSpinnerAndAfterTheReconnectTheTypedFormStaysButCannotBeSent() {
        FormInput form = startedAddUser();
        fill(form);
        CompletableFuture<CommandStep> pending = new CompletableFuture<>();
        session.commandSteps.add(pending);
        model.take(CommandAction.NEXT);

        pending.completeExceptionally(new FailureException(new Failure.ConnectionLost()));
        assertFalse(model.busyProperty().get(), "no spinner left");
        assertEquals("The connection to the server was lost.", model.errorProperty().get());

        model.reconnected("Admin@localhost");

        assertSame(form, model.formProperty().get(), "what was typed stays on screen");
        assertEquals("alice@localhost", form.field("accountjid").orElseThrow().text());
        assertTrue(model.actionsProperty().get().isEmpty(), "the server forgot the session: nothing to send to");
        assertFalse(model.cancellableProperty().get());
        assertTrue(model.errorProperty().get().startsWith("The connection dropped while this command was open"),
                model.errorProperty().get());
    }

    @Test
    void anotherAccountAfterTheReconnectStartsWithAnEmptyRunner() {
        startedAddUser();

        model.reconnected("someone@else");

        assertNull(model.commandProperty().get());
        assertNull(model.formProperty().get());
    }

    @Test
    void anEmptyRequiredFieldStopsTheFormBeforeAnythingIsSent() {
        FormInput form = startedAddUser();
        form.field("password").orElseThrow().setText("s3cret-Pass");

        model.take(CommandAction.NEXT);

        assertEquals(1, session.commandCalls.size(), "only the EXECUTE that started it");
        assertFalse(model.errorProperty().get().isEmpty());
        assertFalse(form.field("accountjid").orElseThrow().problemProperty().get().isEmpty());
        assertEquals("", form.field("password").orElseThrow().problemProperty().get());
        assertFalse(model.busyProperty().get());
    }

    @Test
    void aFilledFormSendsExactlyItsAnswersWithTheSessionId() {
        fill(startedAddUser());
        session.commandSteps.add(new CompletableFuture<>());

        model.take(CommandAction.NEXT);

        assertEquals(new CommandCall(ADD_USER.node(), "s1", CommandAction.NEXT, Map.of(
                XDataForm.FORM_TYPE, List.of(ADMIN),
                "accountjid", List.of("alice@localhost"),
                "password", List.of("s3cret-Pass"))), session.commandCalls.get(1));
        assertEquals(2, session.commandCalls.size());
        assertTrue(model.busyProperty().get());
    }

    @Test
    void aFailedStageKeepsTheFormAndWhatWasTyped() {
        FormInput form = startedAddUser();
        fill(form);
        session.commandSteps.add(CompletableFuture.failedFuture(
                new FailureException(new Failure.ServerError("bad-request", "Invalid username"))));

        model.take(CommandAction.NEXT);

        assertSame(form, model.formProperty().get());
        assertEquals("alice@localhost", form.field("accountjid").orElseThrow().text());
        assertEquals("s3cret-Pass", form.field("password").orElseThrow().text());
        assertTrue(model.errorProperty().get().contains("Invalid username"), model.errorProperty().get());
        assertFalse(model.busyProperty().get());
        assertEquals(List.of(CommandAction.NEXT), model.actionsProperty().get(), "the stage can be sent again");
    }

    @Test
    void goingBackSkipsValidationAndSendsPrev() {
        answer(executing(ADD_USER, "s2", ADD_USER_FORM, CommandAction.COMPLETE,
                CommandAction.PREV, CommandAction.COMPLETE));
        model.start(ADD_USER);
        FormInput form = model.formProperty().get();
        session.commandSteps.add(new CompletableFuture<>());

        model.take(CommandAction.PREV);

        CommandCall sent = session.commandCalls.get(1);
        assertEquals(CommandAction.PREV, sent.action());
        assertEquals("s2", sent.sessionId());
        assertEquals("", model.errorProperty().get());
        assertTrue(form.fields().stream().allMatch(f -> f.problemProperty().get().isEmpty()));
    }

    @Test
    void cancelSendsCancelAndTheCancelledAnswerClearsTheForm() {
        startedAddUser();
        answer(finished(ADD_USER, CommandStatus.CANCELED, null));

        model.cancel();

        assertEquals(new CommandCall(ADD_USER.node(), "s1", CommandAction.CANCEL, Map.of()),
                session.commandCalls.get(1));
        assertNull(model.formProperty().get());
        assertEquals("Cancelled.", model.statusProperty().get());
        assertEquals(List.of(), model.actionsProperty().get());
        assertFalse(model.cancellableProperty().get());
        assertFalse(model.busyProperty().get());
    }

    @Test
    void anAnswerForTheStageBeforeCancelIsIgnored() {
        fill(startedAddUser());
        CompletableFuture<CommandStep> late = new CompletableFuture<>();
        session.commandSteps.add(late);
        model.take(CommandAction.NEXT);
        CommandStep cancelled = finished(ADD_USER, CommandStatus.CANCELED, null);
        answer(cancelled);

        model.cancel();
        late.complete(executing(ADD_USER, "s1", ADD_USER_FORM, CommandAction.COMPLETE, CommandAction.COMPLETE));

        assertEquals(CommandAction.CANCEL, session.commandCalls.get(2).action());
        assertSame(cancelled, model.stepProperty().get());
        assertNull(model.formProperty().get());
        assertEquals("Cancelled.", model.statusProperty().get());
        assertEquals(List.of(), model.actionsProperty().get());
        assertFalse(model.busyProperty().get());
    }

    @Test
    void anInviteInTheResultIsShownAndKeptInTheAccountsHistory() {
        XDataForm result = XDataForm.of("result", List.of(
                FormField.of("uri", FieldType.TEXT_SINGLE, "Invite URI", URI),
                FormField.of("expire", FieldType.TEXT_SINGLE, "Expiry", "2026-12-08T10:00:00Z")));
        answer(finished(CREATE_INVITE, CommandStatus.COMPLETED, result));

        model.start(CREATE_INVITE);

        assertNotNull(model.inviteProperty().get());
        assertEquals(URI, model.inviteProperty().get().uri());
        assertEquals(Instant.parse("2026-12-08T10:00:00Z"), model.inviteProperty().get().expires());
        assertSame(model.inviteProperty().get(), model.card().inviteProperty().get());
        assertSame(result, model.resultProperty().get());
        assertEquals("Done.", model.statusProperty().get());
        List<InviteListEntry> kept = history.entries("admin@localhost");
        assertEquals(1, kept.size());
        assertEquals(URI, kept.get(0).uri());
        assertEquals(NOW, kept.get(0).created());
        assertEquals("Create new account invite", kept.get(0).note());
        assertEquals(List.of(), history.entries("someone-else@localhost"));
        assertEquals("", model.errorProperty().get());
    }

    @Test
    void anErrorNoteEndsTheCommandWithAnError() {
        CommandNote note = new CommandNote(CommandNote.Severity.ERROR, "User already exists");
        answer(finished(ADD_USER, CommandStatus.COMPLETED, null, note));

        model.start(ADD_USER);

        assertEquals("The command ended with an error.", model.statusProperty().get());
        assertEquals(List.of(note), model.notesProperty().get());
        assertNull(model.inviteProperty().get());
        assertNull(model.formProperty().get());
    }

    @Test
    void startingAnotherCommandCancelsTheOneStillExecuting() {
        startedAddUser();
        answer(finished(ADD_USER, CommandStatus.CANCELED, null));
        AdminCommand modules = new AdminCommand("http://prosody.im/protocol/modules#list", "List loaded modules");
        answer(finished(modules, CommandStatus.COMPLETED, null));

        model.start(modules);

        assertEquals(List.of(
                new CommandCall(ADD_USER.node(), null, CommandAction.EXECUTE, Map.of()),
                new CommandCall(ADD_USER.node(), "s1", CommandAction.CANCEL, Map.of()),
                new CommandCall(modules.node(), null, CommandAction.EXECUTE, Map.of())), session.commandCalls);
        assertSame(modules, model.commandProperty().get());
        assertEquals("Done.", model.statusProperty().get());
    }

    @Test
    void anExecutingStepWithoutActionsCanOnlyBeCompleted() {
        answer(executing(ADD_USER, "s3", ADD_USER_FORM, null));
        model.start(ADD_USER);
        fill(model.formProperty().get());
        session.commandSteps.add(new CompletableFuture<>());

        assertEquals(List.of(CommandAction.COMPLETE), model.actionsProperty().get());
        assertSame(CommandAction.COMPLETE, model.enterActionProperty().get());

        model.take(CommandAction.NEXT);
        assertEquals(1, session.commandCalls.size(), "next is not among the allowed actions");

        model.takeEnterAction();

        assertEquals(CommandAction.COMPLETE, session.commandCalls.get(1).action());
        assertEquals("s3", session.commandCalls.get(1).sessionId());
    }
}
