package org.invitemanager.xmpp;

import java.util.logging.Logger;
import org.invitemanager.domain.Failure;
import org.invitemanager.domain.FailureException;
import org.jivesoftware.smack.XMPPConnection;
import org.jivesoftware.smackx.commands.AdHocCommand;
import org.jivesoftware.smackx.commands.AdHocCommandManager;
import org.jivesoftware.smackx.commands.RemoteCommand;
import org.jivesoftware.smackx.xdata.form.FillableForm;
import org.jivesoftware.smackx.xdata.packet.DataForm;

/** Runs a command of one or two stages: execute, then, if the server sends a form, fill it and complete. */
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
     * Runs the command to completion. An error note becomes a {@link Failure.ServerError} carrying its text, so the
     * admin reads the server's own reason ("The username zed is taken.").
     */
    CommandResult run(String node, Filler filler) throws Exception {
        RemoteCommand command = command(node);
        command.execute();
        if (command.getStatus() == AdHocCommand.Status.executing) {
            if (filler == null || command.getForm() == null) {
                cancelQuietly(command);
                throw new FailureException(new Failure.InvalidResponse("The server asks for more details before it creates this invite."));
            }
            FillableForm form = new FillableForm(command.getForm());
            try {
                filler.fill(form);
            } catch (IllegalArgumentException | IllegalStateException e) {
                cancelQuietly(command);
                throw new FailureException(new Failure.InvalidResponse(
                        "The server's form does not match what the app expects: " + e.getMessage()));
            }
            command.complete(form);
        }
        CommandResult result = SmackCommandResults.of(command);
        result.errorNote().ifPresent(text -> {
            throw new FailureException(new Failure.ServerError("command-error", text));
        });
        return result;
    }

    /** Reads the form a command's first stage shows, then cancels it, so reading changes nothing. */
    DataForm peek(String node) throws Exception {
        RemoteCommand command = command(node);
        command.execute();
        DataForm form = command.getForm();
        if (command.getStatus() == AdHocCommand.Status.executing) {
            cancelQuietly(command);
        }
        if (form == null) {
            throw new FailureException(new Failure.InvalidResponse("The server's command shows no form."));
        }
        return form;
    }

    private RemoteCommand command(String node) {
        return AdHocCommandManager.getAddHocCommandsManager(connection)
                .getRemoteCommand(connection.getXMPPServiceDomain(), node);
    }

    private static void cancelQuietly(RemoteCommand command) {
        try {
            command.cancel();
        } catch (Exception e) {
            LOG.fine(() -> "cancel failed: " + e.getClass().getSimpleName());
        }
    }
}
