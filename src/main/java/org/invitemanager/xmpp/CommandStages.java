package org.invitemanager.xmpp;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.logging.Logger;
import org.invitemanager.domain.Failure;
import org.invitemanager.domain.FailureException;
import org.invitemanager.domain.command.CommandAction;
import org.invitemanager.domain.command.CommandStep;
import org.invitemanager.domain.form.FormAnswers;
import org.invitemanager.domain.form.XDataForm;
import org.jivesoftware.smack.XMPPConnection;

/**
 * Sends the stages of ad-hoc commands (XEP-0050): one at a time for the admin's command runner, or all of them for a
 * command the app fills in itself. Stages are sent without holding a thread while the server thinks, so several
 * commands can be in flight over the one connection (bulk invites); {@link #run} and {@link #peek} wait for callers
 * that want that.
 */
final class CommandStages {

    private static final Logger LOG = Logger.getLogger(CommandStages.class.getName());

    /** More stages than any known server asks for; stops a server that keeps asking from looping forever. */
    private static final int MAX_STAGES = 5;

    /** Fills in a stage's form: sets the fields the caller knows; the server's defaults stay in the others. */
    @FunctionalInterface
    interface Filler {
        void fill(FormAnswers answers);
    }

    private final XMPPConnection connection;

    CommandStages(XMPPConnection connection) {
        this.connection = connection;
    }

    /** Executes the command: its first stage. */
    CompletableFuture<CommandStep> execute(String node) {
        return send(CommandIq.request(node, null, CommandAction.EXECUTE, null, null));
    }

    /**
     * Takes {@code action} in the session of {@code step}, sending {@code answers} as its form unless the admin goes
     * back. A session that listed no actions is completed with "execute", as XEP-0050 §3.4 has it.
     */
    CompletableFuture<CommandStep> proceed(CommandStep step, CommandAction action, Map<String, List<String>> answers) {
        CommandAction sent = action == CommandAction.COMPLETE && step.actions().isEmpty()
                ? CommandAction.EXECUTE : action;
        Map<String, List<String>> form = action == CommandAction.PREV ? null : answers;
        return send(CommandIq.request(step.node(), step.sessionId(), sent, form, step.form()));
    }

    /** Cancels the session, so the server can drop what it kept for it. */
    CompletableFuture<CommandStep> cancel(CommandStep step) {
        return send(CommandIq.request(step.node(), step.sessionId(), CommandAction.CANCEL, null, null));
    }

    /**
     * Runs the command to its end, filling each stage's form with {@code filler}. An error note becomes a
     * {@link Failure.ServerError} carrying its text, so the admin reads the server's own reason ("The username zed
     * is taken.").
     */
    CompletableFuture<CommandResult> start(String node, Filler filler) {
        return execute(node).thenCompose(first -> nextStages(first, filler, 1)).thenApply(CommandStages::result);
    }

    /** Runs the command to completion, waiting for the answer. */
    CommandResult run(String node, Filler filler) throws Exception {
        return await(start(node, filler));
    }

    /** Reads the form a command's first stage shows, then cancels it, so reading changes nothing. */
    XDataForm peek(String node) throws Exception {
        CommandStep first = await(execute(node));
        if (first.isExecuting()) {
            cancelQuietly(first);
        }
        if (first.form() == null) {
            throw new FailureException(new Failure.InvalidResponse("The server's command shows no form."));
        }
        return first.form();
    }

    private CompletableFuture<CommandStep> nextStages(CommandStep step, Filler filler, int stage) {
        if (!step.isExecuting()) {
            return CompletableFuture.completedFuture(step);
        }
        if (filler == null || step.form() == null || stage >= MAX_STAGES) {
            cancelQuietly(step);
            throw new FailureException(new Failure.InvalidResponse(
                    "The server asks for more details than the app can give here."));
        }
        FormAnswers answers = new FormAnswers(step.form());
        try {
            filler.fill(answers);
        } catch (IllegalArgumentException e) {
            cancelQuietly(step);
            throw new FailureException(new Failure.InvalidResponse(
                    "The server's form does not match what the app expects: " + e.getMessage()));
        }
        List<String> missing = answers.missingRequired();
        if (!missing.isEmpty()) {
            cancelQuietly(step);
            throw new FailureException(new Failure.InvalidInput("The server asks for “" + String.join("”, “", missing)
                    + "”, which the app cannot fill in here. Run the command from the Commands tab to fill it in."));
        }
        CommandAction action = step.enterAction().orElse(CommandAction.COMPLETE);
        return proceed(step, action, answers.values()).thenCompose(next -> nextStages(next, filler, stage + 1));
    }

    private static CommandResult result(CommandStep answer) {
        CommandResult result = CommandResult.of(answer);
        result.errorNote().ifPresent(text -> {
            throw new FailureException(new Failure.ServerError("command-error", text));
        });
        return result;
    }

    private CompletableFuture<CommandStep> send(CommandIq request) {
        request.setTo(connection.getXMPPServiceDomain());
        CompletableFuture<CommandStep> answer = new CompletableFuture<>();
        try {
            connection.sendIqRequestAsync(request, connection.getReplyTimeout())
                    .onSuccess(iq -> {
                        if (iq instanceof CommandIq command && command.step() != null) {
                            answer.complete(command.step());
                        } else {
                            answer.completeExceptionally(new FailureException(new Failure.InvalidResponse(
                                    "The server answered a command with something else.")));
                        }
                    })
                    .onError(answer::completeExceptionally);
        } catch (RuntimeException e) {
            answer.completeExceptionally(e);
        }
        return answer;
    }

    private void cancelQuietly(CommandStep session) {
        cancel(session).whenComplete((done, error) -> {
            if (error != null) {
                LOG.fine(() -> "cancel failed: " + error.getClass().getSimpleName());
            }
        });
    }

    /** Waits for {@code future} and throws what made it fail, as the blocking Smack calls would. */
    static <T> T await(CompletableFuture<T> future) throws Exception {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw unwrap(e.getCause());
        }
    }

    /** The exception that caused a future to fail, without the wrappers futures add. */
    static Exception unwrap(Throwable error) {
        Throwable cause = error;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause instanceof Exception e ? e : new RuntimeException(cause);
    }
}
