package org.invitemanager.xmpp;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.invitemanager.domain.command.CommandAction;
import org.invitemanager.domain.command.CommandNote;
import org.invitemanager.domain.command.CommandStatus;
import org.invitemanager.domain.command.CommandStep;
import org.invitemanager.domain.form.XDataForm;
import org.jivesoftware.smack.packet.XmlEnvironment;
import org.jivesoftware.smack.provider.IQProvider;
import org.jivesoftware.smack.provider.ProviderManager;
import org.jivesoftware.smack.xml.XmlPullParser;
import org.jivesoftware.smack.xml.XmlPullParserException;

/** Reads the server's answers to ad-hoc commands into {@link CommandStep}s, tolerating faults in their forms. */
final class CommandIqProvider extends IQProvider<CommandIq> {

    private static volatile boolean installed;

    /**
     * Puts this provider in place of Smack's for every connection. Called before each connection is made, so it is
     * in place after Smack's own start-up has registered its provider.
     */
    static synchronized void install() {
        if (!installed) {
            ProviderManager.addIQProvider(CommandIq.ELEMENT, CommandIq.NAMESPACE, new CommandIqProvider());
            installed = true;
        }
    }

    @Override
    public CommandIq parse(XmlPullParser parser, int initialDepth, XmlEnvironment environment)
            throws XmlPullParserException, IOException {
        String node = parser.getAttributeValue("node");
        String sessionId = parser.getAttributeValue("sessionid");
        CommandStatus status = CommandStatus.fromWireName(parser.getAttributeValue("status"));
        Answer answer = new Answer(parser);
        XmlText.eachChild(parser, answer::child);
        return CommandIq.answer(new CommandStep(node == null ? "" : node, sessionId, status, answer.actions,
                answer.defaultAction, answer.notes, answer.form));
    }

    /** What one answer holds besides its attributes; the provider itself is shared, so it keeps no state. */
    private static final class Answer {
        private final XmlPullParser parser;
        private final List<CommandAction> actions = new ArrayList<>();
        private CommandAction defaultAction;
        private final List<CommandNote> notes = new ArrayList<>();
        private XDataForm form;

        Answer(XmlPullParser parser) {
            this.parser = parser;
        }

        void child(String name) throws IOException, XmlPullParserException {
            switch (name) {
                case "actions" -> {
                    defaultAction = CommandAction.fromWireName(parser.getAttributeValue("execute")).orElse(null);
                    XmlText.eachChild(parser, action -> CommandAction.fromWireName(action).ifPresent(actions::add));
                }
                case "note" -> notes.add(new CommandNote(
                        CommandNote.Severity.fromWireName(parser.getAttributeValue("type")), XmlText.of(parser)));
                case "x" -> {
                    // The first form is the command's; XEP-0050 allows more, which no server the app knows sends.
                    if (form == null && XDataReader.NAMESPACE.equals(parser.getNamespace())) {
                        form = XDataReader.read(parser);
                    }
                }
                default -> { }
            }
        }
    }
}
