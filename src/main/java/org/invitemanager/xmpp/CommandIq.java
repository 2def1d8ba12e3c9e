package org.invitemanager.xmpp;

import java.util.List;
import java.util.Map;
import org.invitemanager.domain.command.CommandAction;
import org.invitemanager.domain.command.CommandStep;
import org.invitemanager.domain.form.XDataForm;
import org.jivesoftware.smack.packet.IQ;

/**
 * An ad-hoc command stanza (XEP-0050): the app's requests, and the server's answers as read by
 * {@link CommandIqProvider}. It replaces Smack's AdHocCommandData so that a malformed form in an answer becomes a
 * message for the admin instead of a dropped connection.
 */
final class CommandIq extends IQ {

    static final String ELEMENT = "command";
    static final String NAMESPACE = "http://jabber.org/protocol/commands";

    private final String node;
    private final String sessionId;
    private final CommandAction action;
    private final Map<String, List<String>> answers;
    private final XDataForm answered;
    private final CommandStep step;

    private CommandIq(String node, String sessionId, CommandAction action, Map<String, List<String>> answers,
                      XDataForm answered, CommandStep step) {
        super(ELEMENT, NAMESPACE);
        this.node = node;
        this.sessionId = sessionId;
        this.action = action;
        this.answers = answers;
        this.answered = answered;
        this.step = step;
    }

    /**
     * A request to the server; {@code answers} (may be null) go along as a submitted form, with the field types of
     * {@code answered}, the form they answer (may be null).
     */
    static CommandIq request(String node, String sessionId, CommandAction action,
                             Map<String, List<String>> answers, XDataForm answered) {
        CommandIq iq = new CommandIq(node, sessionId, action,
                answers == null ? null : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(answers)),
                answered, null);
        iq.setType(Type.set);
        return iq;
    }

    /** An answer, as read from the wire. */
    static CommandIq answer(CommandStep step) {
        return new CommandIq(step.node(), step.sessionId(), null, null, null, step);
    }

    /** The server's answer; null on a request. */
    CommandStep step() {
        return step;
    }

    @Override
    protected IQChildElementXmlStringBuilder getIQChildElementBuilder(IQChildElementXmlStringBuilder xml) {
        xml.attribute("node", node);
        xml.optAttribute("sessionid", sessionId);
        if (action != null) {
            xml.attribute("action", action.wireName());
        }
        if (answers == null) {
            xml.setEmptyElement();
            return xml;
        }
        xml.rightAngleBracket();
        XDataWriter.writeSubmit(xml, answers, answered);
        return xml;
    }
}
