package org.invitemanager.xmpp;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.logging.Logger;
import org.invitemanager.domain.Failure;
import org.invitemanager.domain.FailureException;
import org.jivesoftware.smack.XMPPConnection;
import org.jivesoftware.smack.packet.IQ;
import org.jivesoftware.smackx.commands.AdHocCommand;
import org.jivesoftware.smackx.commands.packet.AdHocCommandData;
import org.jivesoftware.smackx.xdata.form.FillableForm;
import org.jivesoftware.smackx.xdata.packet.DataForm;

/**
 * Runs a command of one or two stages: execute, then, if the server sends a form, fill it and complete. The stages
 * are sent without blocking a thread while the server thinks, so several commands can be in flight at once over the
 * one connection (bulk invites); {@link #run} and {@link #peek} wait for the answer for callers that want that.
 */
final class CommandStages {

    private static final Logger LOG = Logger.getLogger(CommandStages.class.getName());

    /** Fills the form of a command's second stage. */
    @FunctionalInterface
    interface Filler {
        void fill(FillableForm form);
    }

    private final XMPPConnection connection;

    CommandStages(XMPPConnection connection) {
        this.connection = connection;
    }

    /**
     * Starts the command and completes with its result. An error note becomes a {@link Failure.ServerError} carrying
     * its text, so the admin reads the server's own reason ("The username zed is taken.").
     */
    CompletableFuture<CommandResult> start(String node, Filler filler) {
        return send(request(node, AdHocCommand.Action.execute, null, null))
                .thenCompose(first -> secondStage(node, first, filler))
                .thenApply(CommandStages::result);
    }

    /** Runs the command to completion, waiting for the answer. */
    CommandResult run(String node, Filler filler) throws Exception {
        return await(start(node, filler));
    }

    /** Reads the form a command's first stage shows, then cancels it, so reading changes nothing. */
    DataForm peek(String node) throws Exception {
        AdHocCommandData first = await(send(request(node, AdHocCommand.Action.execute, null, null)));
        if (first.getStatus() == AdHocCommand.Status.executing) {
            cancelQuietly(node, first);
        }
        if (first.getForm() == null) {
            throw new FailureException(new Failure.InvalidResponse("The server's command shows no form."));
        }
        return first.getForm();
    }

    private CompletableFuture<AdHocCommandData> secondStage(String node, AdHocCommandData first, Filler filler) {
        if (first.getStatus() != AdHocCommand.Status.executing) {
            return CompletableFuture.completedFuture(first);
        }
        if (filler == null || first.getForm() == null) {
            cancelQuietly(node, first);
            throw new FailureException(new Failure.InvalidResponse(
                    "The server asks for more details before it creates this invite."));
        }
        DataForm answer;
        try {
            FillableForm form = new FillableForm(first.getForm());
            filler.fill(form);
            answer = form.getDataFormToSubmit();
        } catch (IllegalArgumentException | IllegalStateException e) {
            cancelQuietly(node, first);
            throw new FailureException(new Failure.InvalidResponse(
                    "The server's form does not match what the app expects: " + e.getMessage()));
        }
        return send(request(node, AdHocCommand.Action.complete, first.getSessionID(), answer));
    }

    private static CommandResult result(AdHocCommandData answer) {
        AdHocCommand.Status status = answer.getStatus();
        CommandResult result = SmackCommandResults.of(status == null ? "" : status.name(), answer.getNotes(),
                answer.getForm());
        result.errorNote().ifPresent(text -> {
            throw new FailureException(new Failure.ServerError("command-error", text));
        });
        return result;
    }

    private AdHocCommandData request(String node, AdHocCommand.Action action, String sessionId, DataForm form) {
        AdHocCommandData data = new AdHocCommandData();
        data.setType(IQ.Type.set);
        data.setTo(connection.getXMPPServiceDomain());
        data.setNode(node);
        data.setAction(action);
        if (sessionId != null) {
            data.setSessionID(sessionId);
        }
        if (form != null) {
            data.setForm(form);
        }
        return data;
    }

    private CompletableFuture<AdHocCommandData> send(AdHocCommandData request) {
        CompletableFuture<AdHocCommandData> answer = new CompletableFuture<>();
        try {
            connection.sendIqRequestAsync(request, connection.getReplyTimeout())
                    .onSuccess(iq -> {
                        if (iq instanceof AdHocCommandData data) {
                            answer.complete(data);
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

    private void cancelQuietly(String node, AdHocCommandData session) {
        send(request(node, AdHocCommand.Action.cancel, session.getSessionID(), null)).whenComplete((done, error) -> {
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
