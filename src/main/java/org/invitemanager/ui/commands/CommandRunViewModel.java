package org.invitemanager.ui.commands;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import java.util.logging.Logger;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.invitemanager.domain.Failure;
import org.invitemanager.domain.FailureException;
import org.invitemanager.domain.Invite;
import org.invitemanager.domain.command.AdminCommand;
import org.invitemanager.domain.command.CommandAction;
import org.invitemanager.domain.command.CommandNote;
import org.invitemanager.domain.command.CommandStatus;
import org.invitemanager.domain.command.CommandStep;
import org.invitemanager.domain.form.XDataForm;
import org.invitemanager.settings.InviteHistoryStore;
import org.invitemanager.ui.FailureMessages;
import org.invitemanager.ui.qr.InviteCardViewModel;
import org.invitemanager.xmpp.InviteResultParser;
import org.invitemanager.xmpp.XmppSession;
import org.invitemanager.ui.Texts;

/**
 * One command session (XEP-0050) as the admin runs it: the current form, the actions the server allows, its notes,
 * and the result. A failed stage leaves the form as it was, with what the admin typed, so it can be sent again.
 * An invite in a result is shown as a QR and kept in the local history.
 */
public final class CommandRunViewModel {

    private static final Logger LOG = Logger.getLogger(CommandRunViewModel.class.getName());

    private final ReadOnlyObjectWrapper<AdminCommand> command = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<CommandStep> step = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<FormInput> form = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<XDataForm> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Invite> invite = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<CommandNote>> notes = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<List<CommandAction>> actions = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<CommandAction> enterAction = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper cancellable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    private final XmppSession session;
    private final InviteCardViewModel card;
    private final InviteHistoryStore history;
    private final Clock clock;
    private final Executor files;
    private final Executor ui;
    private String account = "";
    // Answers for an older stage or command arrive after the admin moved on; the counter tells them apart.
    private long generation;

    public CommandRunViewModel(XmppSession session, InviteCardViewModel card, InviteHistoryStore history, Clock clock,
                               Executor files, Executor ui) {
        this.session = session;
        this.card = card;
        this.history = history;
        this.clock = clock;
        this.files = files;
        this.ui = ui;
    }

    /** Forgets any command; {@code forAccount} is whose history found invites go into. */
    public void reset(String forAccount) {
        account = forAccount;
        generation++;
        command.set(null);
        clearStage();
        busy.set(false);
        status.set("");
        error.set("");
    }

    /**
     * The session came back after a drop. A command still open then is gone on the server, so it stays on screen
     * with what was typed, for reading and copying, but can only be started again.
     */
    public void reconnected(String forAccount) {
        boolean open = command.get() != null && step.get() != null && step.get().isExecuting();
        if (!open || !forAccount.equals(account)) {
            reset(forAccount);
            return;
        }
        generation++;
        busy.set(false);
        actions.set(List.of());
        enterAction.set(null);
        cancellable.set(false);
        status.set("");
        error.set(Texts.get("commands.error.sessionLost"));
    }

    /** Starts the command, cancelling an earlier session that is still open on the server. */
    public void start(AdminCommand chosen) {
        if (step.get() != null && step.get().isExecuting()) {
            cancelQuietly(step.get());
        }
        generation++;
        command.set(chosen);
        clearStage();
        error.set("");
        send(() -> session.executeCommand(chosen.node()), Texts.format("commands.status.starting", chosen.name()));
    }

    /** Takes {@code action}; the form is checked first unless the admin is going back. */
    public void take(CommandAction action) {
        CommandStep current = step.get();
        if (busy.get() || current == null || !actions.get().contains(action)) {
            return;
        }
        FormInput input = form.get();
        if (action != CommandAction.PREV && input != null && !input.validate()) {
            error.set(Texts.get("commands.error.fieldsNeedAttention"));
            return;
        }
        Map<String, List<String>> answers = input == null ? Map.of() : input.answers();
        error.set("");
        send(() -> session.continueCommand(current, action, answers), switch (action) {
            case PREV -> Texts.get("commands.status.goingBack");
            case NEXT -> Texts.get("commands.status.sending");
            default -> Texts.get("commands.status.finishing");
        });
    }

    /** What Enter does: the server's default action. */
    public void takeEnterAction() {
        if (enterAction.get() != null) {
            take(enterAction.get());
        }
    }

    /** Cancels the session on the server, so it can drop what it kept for it. */
    public void cancel() {
        CommandStep current = step.get();
        if (current == null || !current.isExecuting()) {
            return;
        }
        generation++;
        error.set("");
        busy.set(false);
        send(() -> session.cancelCommand(current), Texts.get("commands.status.cancelling"));
    }

    private void send(Supplier<CompletableFuture<CommandStep>> call, String working) {
        long mine = ++generation;
        busy.set(true);
        cancellable.set(step.get() != null && step.get().isExecuting());
        status.set(working);
        CompletableFuture<CommandStep> answer;
        try {
            answer = call.get();
        } catch (RuntimeException e) {
            answer = CompletableFuture.failedFuture(e);
        }
        answer.whenCompleteAsync((next, failure) -> {
            if (mine != generation) {
                return;
            }
            busy.set(false);
            if (failure != null) {
                failed(failure);
            } else {
                show(next);
            }
        }, ui);
    }

    private void failed(Throwable failure) {
        Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        Failure reason = cause instanceof FailureException known ? known.failure()
                : new Failure.Unexpected(cause.getClass().getSimpleName());
        status.set("");
        error.set(FailureMessages.describe(reason));
        cancellable.set(step.get() != null && step.get().isExecuting());
    }

    private void show(CommandStep next) {
        step.set(next);
        notes.set(next.notes());
        actions.set(next.allowedActions());
        enterAction.set(next.enterAction().orElse(null));
        cancellable.set(next.isExecuting());
        if (next.isExecuting()) {
            form.set(next.form() == null ? null : new FormInput(next.form()));
            result.set(null);
            status.set(next.form() == null ? Texts.get("commands.status.askHowToGoOn") : "");
            return;
        }
        form.set(null);
        result.set(next.form());
        status.set(next.status() == CommandStatus.CANCELED ? Texts.get("commands.status.cancelled")
                : next.errorNote().isPresent() ? Texts.get("commands.status.endedWithError")
                : Texts.get("commands.status.done"));
        InviteResultParser.find(next).ifPresent(this::showInvite);
    }

    private void showInvite(Invite found) {
        invite.set(found);
        card.show(found);
        String note = command.get() == null ? "" : command.get().name();
        String forAccount = account;
        CompletableFuture.runAsync(() -> {
            try {
                history.record(forAccount, found, clock.instant(), note);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, files).whenCompleteAsync((done, failure) -> {
            if (failure != null) {
                LOG.warning(() -> "cannot save the invite in the history: " + failure.getClass().getSimpleName());
                error.set(Texts.get("commands.error.notInHistory"));
            }
        }, ui);
    }

    private void clearStage() {
        step.set(null);
        form.set(null);
        result.set(null);
        invite.set(null);
        notes.set(List.of());
        actions.set(List.of());
        enterAction.set(null);
        cancellable.set(false);
    }

    private void cancelQuietly(CommandStep open) {
        try {
            session.cancelCommand(open).whenComplete((done, failure) -> {
                if (failure != null) {
                    LOG.fine("cancel of an abandoned command failed");
                }
            });
        } catch (RuntimeException e) {
            // Starting the new command matters more than tidying up the old one.
            LOG.fine("cancel of an abandoned command failed to start");
        }
    }

    public ReadOnlyObjectProperty<AdminCommand> commandProperty() {
        return command.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<CommandStep> stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** The form to fill, while the session asks for one. */
    public ReadOnlyObjectProperty<FormInput> formProperty() {
        return form.getReadOnlyProperty();
    }

    /** The finished command's result form, read-only. */
    public ReadOnlyObjectProperty<XDataForm> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** An invite found in the result. */
    public ReadOnlyObjectProperty<Invite> inviteProperty() {
        return invite.getReadOnlyProperty();
    }

    public InviteCardViewModel card() {
        return card;
    }

    public ReadOnlyObjectProperty<List<CommandNote>> notesProperty() {
        return notes.getReadOnlyProperty();
    }

    /** The actions the server allows next, besides cancel. */
    public ReadOnlyObjectProperty<List<CommandAction>> actionsProperty() {
        return actions.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<CommandAction> enterActionProperty() {
        return enterAction.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Whether a session is open on the server that Cancel would end. */
    public ReadOnlyBooleanProperty cancellableProperty() {
        return cancellable.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
