package org.invitemanager.xmpp;

import java.io.IOException;
import org.jivesoftware.smack.xml.XmlPullParser;
import org.jivesoftware.smack.xml.XmlPullParserException;

/** Small reading steps for hand-written parsers that must not fail on unexpected child elements. */
final class XmlText {

    private XmlText() {
    }

    /** Reads one child element, named {@code name}, that the parser is on. */
    @FunctionalInterface
    interface ChildReader {
        void read(String name) throws IOException, XmlPullParserException;
    }

    /**
     * Hands each direct child of the element the parser is on to {@code reader}; whatever the reader leaves unread of
     * a child, grandchildren included, is passed over. Ends on the element's end tag.
     */
    static void eachChild(XmlPullParser parser, ChildReader reader) throws IOException, XmlPullParserException {
        int depth = parser.getDepth();
        while (true) {
            XmlPullParser.Event event = parser.next();
            if (event == XmlPullParser.Event.END_DOCUMENT
                    || (event == XmlPullParser.Event.END_ELEMENT && parser.getDepth() == depth)) {
                return;
            }
            if (event == XmlPullParser.Event.START_ELEMENT && parser.getDepth() == depth + 1) {
                reader.read(parser.getName());
            }
        }
    }

    /** The text inside the element the parser is on, child elements' text included; ends on its end tag. */
    static String of(XmlPullParser parser) throws IOException, XmlPullParserException {
        int depth = parser.getDepth();
        StringBuilder text = new StringBuilder();
        while (true) {
            XmlPullParser.Event event = parser.next();
            if (event == XmlPullParser.Event.END_DOCUMENT
                    || (event == XmlPullParser.Event.END_ELEMENT && parser.getDepth() == depth)) {
                return text.toString();
            }
            if (event == XmlPullParser.Event.TEXT_CHARACTERS || event == XmlPullParser.Event.ENTITY_REFERENCE) {
                text.append(parser.getText());
            }
        }
    }

    /** Moves past the element the parser is on, whatever it holds. */
    static void skip(XmlPullParser parser) throws IOException, XmlPullParserException {
        eachChild(parser, name -> { });
    }
}
