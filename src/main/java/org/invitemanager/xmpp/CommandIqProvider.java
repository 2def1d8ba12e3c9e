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
        List<CommandAction> actions = new ArrayList<>();
        CommandAction defaultAction = null;
        List<CommandNote> notes = new ArrayList<>();
        XDataForm form = null;
        while (true) {
            XmlPullParser.Event event = parser.next();
            if (event == XmlPullParser.Event.END_DOCUMENT
                    || (event == XmlPullParser.Event.END_ELEMENT && parser.getDepth() == initialDepth)) {
                break;
            }
            if (event != XmlPullParser.Event.START_ELEMENT || parser.getDepth() != initialDepth + 1) {
                continue;
            }
            switch (parser.getName()) {
                case "actions" -> {
                    defaultAction = CommandAction.fromWireName(parser.getAttributeValue("execute")).orElse(null);
                    actions.addAll(actions(parser));
                }
                case "note" -> notes.add(new CommandNote(
                        CommandNote.Severity.fromWireName(parser.getAttributeValue("type")), XmlText.of(parser)));
                case "x" -> {
                    // The first form is the command's; XEP-0050 allows more, which no server the app knows sends.
                    if (form == null && XDataReader.NAMESPACE.equals(parser.getNamespace())) {
                        form = XDataReader.read(parser);
                    } else {
                        XmlText.skip(parser);
                    }
                }
                default -> XmlText.skip(parser);
            }
        }
        return CommandIq.answer(new CommandStep(node == null ? "" : node, sessionId, status, actions, defaultAction,
                notes, form));
    }

    private static List<CommandAction> actions(XmlPullParser parser) throws IOException, XmlPullParserException {
        int depth = parser.getDepth();
        List<CommandAction> actions = new ArrayList<>();
        while (true) {
            XmlPullParser.Event event = parser.next();
            if (event == XmlPullParser.Event.END_DOCUMENT
                    || (event == XmlPullParser.Event.END_ELEMENT && parser.getDepth() == depth)) {
                return actions;
            }
            if (event == XmlPullParser.Event.START_ELEMENT && parser.getDepth() == depth + 1) {
                CommandAction.fromWireName(parser.getName()).ifPresent(actions::add);
                XmlText.skip(parser);
            }
        }
    }
}
