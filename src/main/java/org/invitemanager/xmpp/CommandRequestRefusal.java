package org.invitemanager.xmpp;

import org.jivesoftware.smack.iqrequest.AbstractIqRequestHandler;
import org.jivesoftware.smack.iqrequest.IQRequestHandler;
import org.jivesoftware.smack.packet.IQ;
import org.jivesoftware.smack.packet.StanzaError;

/**
 * Answers other entities' command requests: the app offers no commands of its own. It takes the place of Smack's
 * handler, which expects Smack's own command stanza and would fail on {@link CommandIq}.
 */
final class CommandRequestRefusal extends AbstractIqRequestHandler {

    CommandRequestRefusal() {
        super(CommandIq.ELEMENT, CommandIq.NAMESPACE, IQ.Type.set, IQRequestHandler.Mode.async);
    }

    @Override
    public IQ handleIQRequest(IQ request) {
        return IQ.createErrorResponse(request, StanzaError.getBuilder(StanzaError.Condition.service_unavailable));
    }
}
