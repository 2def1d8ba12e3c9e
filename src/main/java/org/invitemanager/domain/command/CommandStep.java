package org.invitemanager.domain.command;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.invitemanager.domain.form.XDataForm;

/**
 * One answer of the server in a command session (XEP-0050): where the session stands, what the admin may do next, and
 * the form or result to show.
 *
 * @param node          the command's node
 * @param sessionId     the session id to send with the next stage; null when the server gave none
 * @param status        where the session stands
 * @param actions       the actions the server allows next, besides cancel; empty when it listed none
 * @param defaultAction the action Enter takes ({@code <actions execute='…'/>}); null when the server named none
 * @param notes         the server's notes, in order
 * @param form          the form to fill or the result to show; null when there is none
 */
public record CommandStep(String node, String sessionId, CommandStatus status, List<CommandAction> actions,
                          CommandAction defaultAction, List<CommandNote> notes, XDataForm form) {

    public CommandStep {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(status, "status");
        actions = List.copyOf(actions);
        notes = List.copyOf(notes);
    }

    public boolean isExecuting() {
        return status == CommandStatus.EXECUTING;
    }

    public Optional<XDataForm> optionalForm() {
        return Optional.ofNullable(form);
    }

    /**
     * The actions the admin can take, besides cancel. A session that lists none may only be completed (XEP-0050
     * §3.4: "execute", which then means complete); a finished session allows nothing.
     */
    public List<CommandAction> allowedActions() {
        if (!isExecuting()) {
            return List.of();
        }
        List<CommandAction> listed = actions.stream()
                .filter(a -> a != CommandAction.CANCEL && a != CommandAction.EXECUTE).toList();
        return listed.isEmpty() ? List.of(CommandAction.COMPLETE) : listed;
    }

    /** What Enter does: the server's default when it is allowed, else the last allowed action (next or complete). */
    public Optional<CommandAction> enterAction() {
        List<CommandAction> allowed = allowedActions();
        if (allowed.isEmpty()) {
            return Optional.empty();
        }
        if (defaultAction != null && allowed.contains(defaultAction)) {
            return Optional.of(defaultAction);
        }
        if (allowed.contains(CommandAction.COMPLETE)) {
            return Optional.of(CommandAction.COMPLETE);
        }
        return allowed.contains(CommandAction.NEXT) ? Optional.of(CommandAction.NEXT) : Optional.of(allowed.get(0));
    }

    public Optional<String> errorNote() {
        return notes.stream().filter(CommandNote::isError).map(CommandNote::text).findFirst();
    }
}
