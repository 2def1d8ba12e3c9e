package org.invitemanager.xmpp;

import java.io.IOException;
import org.invitemanager.domain.form.Validation;
import org.jivesoftware.smack.xml.XmlPullParser;
import org.jivesoftware.smack.xml.XmlPullParserException;

/** Reads a field's XEP-0122 {@code <validate/>} hint; unreadable counts are left out rather than refused. */
final class XDataValidationReader {

    private final XmlPullParser parser;
    private Validation.Method method = Validation.Method.BASIC;
    private String min;
    private String max;
    private String regex;
    private Integer minItems;
    private Integer maxItems;

    private XDataValidationReader(XmlPullParser parser) {
        this.parser = parser;
    }

    /** Reads the {@code <validate/>} element the parser is on, leaving it on its end tag. */
    static Validation read(XmlPullParser parser) throws IOException, XmlPullParserException {
        String datatype = parser.getAttributeValue("datatype");
        XDataValidationReader hint = new XDataValidationReader(parser);
        XmlText.eachChild(parser, hint::child);
        return new Validation(datatype, hint.method, hint.min, hint.max, hint.regex, hint.minItems, hint.maxItems);
    }

    private void child(String name) throws IOException, XmlPullParserException {
        switch (name) {
            case "open" -> method = Validation.Method.OPEN;
            case "range" -> {
                method = Validation.Method.RANGE;
                min = parser.getAttributeValue("min");
                max = parser.getAttributeValue("max");
            }
            case "regex" -> {
                method = Validation.Method.REGEX;
                regex = XmlText.of(parser);
            }
            case "list-range" -> {
                minItems = count(parser.getAttributeValue("min"));
                maxItems = count(parser.getAttributeValue("max"));
            }
            default -> { }
        }
    }

    private static Integer count(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.trim());
        } catch (NumberFormatException unreadable) {
            return null;
        }
    }
}
