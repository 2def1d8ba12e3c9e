package org.invitemanager.xmpp;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.invitemanager.domain.form.FieldType;
import org.invitemanager.domain.form.FormField;
import org.invitemanager.domain.form.FormOption;
import org.invitemanager.domain.form.Validation;
import org.jivesoftware.smack.xml.XmlPullParser;
import org.jivesoftware.smack.xml.XmlPullParserException;

/** Reads one {@code <field/>} of a data form, with its options and XEP-0122 validation hint. */
final class XDataFieldReader {

    static final String VALIDATE_NAMESPACE = "http://jabber.org/protocol/xdata-validate";

    private XDataFieldReader() {
    }

    /** Reads the field the parser is on; a fault in it is added to {@code problems} and the field kept if possible. */
    static FormField read(XmlPullParser parser, List<String> problems) throws IOException, XmlPullParserException {
        int depth = parser.getDepth();
        String var = blankToNull(parser.getAttributeValue("var"));
        String typeName = blankToNull(parser.getAttributeValue("type"));
        String label = parser.getAttributeValue("label");
        String description = null;
        boolean required = false;
        List<String> values = new ArrayList<>();
        List<FormOption> options = new ArrayList<>();
        Validation validation = null;
        while (true) {
            XmlPullParser.Event event = parser.next();
            if (event == XmlPullParser.Event.END_DOCUMENT
                    || (event == XmlPullParser.Event.END_ELEMENT && parser.getDepth() == depth)) {
                break;
            }
            if (event != XmlPullParser.Event.START_ELEMENT || parser.getDepth() != depth + 1) {
                continue;
            }
            switch (parser.getName()) {
                case "desc" -> description = XmlText.of(parser);
                case "required" -> {
                    required = true;
                    XmlText.skip(parser);
                }
                case "value" -> values.add(XmlText.of(parser));
                case "option" -> option(parser).ifPresent(options::add);
                case "validate" -> validation = VALIDATE_NAMESPACE.equals(parser.getNamespace())
                        ? validation(parser) : skipAndKeep(parser, validation);
                default -> XmlText.skip(parser);
            }
        }
        FieldType type = XDataReader.typeOf(typeName);
        String name = label != null && !label.isBlank() ? label.strip() : var;
        if (typeName != null && FieldType.fromWireName(typeName).isEmpty()) {
            problems.add("“" + name + "” has a type the app does not know (" + typeName + "); it is shown as text.");
        }
        if (var == null && type != FieldType.FIXED) {
            problems.add("A field " + (name == null ? "" : "“" + name + "” ")
                    + "came without a name, so it is shown but cannot be sent back.");
            type = FieldType.FIXED;
            required = false;
        }
        return new FormField(var, type, typeName, label, description, required, values, options, validation);
    }

    private static java.util.Optional<FormOption> option(XmlPullParser parser)
            throws IOException, XmlPullParserException {
        int depth = parser.getDepth();
        String label = parser.getAttributeValue("label");
        String value = null;
        while (true) {
            XmlPullParser.Event event = parser.next();
            if (event == XmlPullParser.Event.END_DOCUMENT
                    || (event == XmlPullParser.Event.END_ELEMENT && parser.getDepth() == depth)) {
                break;
            }
            if (event == XmlPullParser.Event.START_ELEMENT && parser.getDepth() == depth + 1) {
                if ("value".equals(parser.getName()) && value == null) {
                    value = XmlText.of(parser);
                } else {
                    XmlText.skip(parser);
                }
            }
        }
        // An option without a value offers nothing to send; its label alone cannot be chosen.
        return value == null ? java.util.Optional.empty() : java.util.Optional.of(new FormOption(label, value));
    }

    private static Validation validation(XmlPullParser parser) throws IOException, XmlPullParserException {
        int depth = parser.getDepth();
        String datatype = parser.getAttributeValue("datatype");
        Validation.Method method = Validation.Method.BASIC;
        String min = null;
        String max = null;
        String regex = null;
        Integer minItems = null;
        Integer maxItems = null;
        while (true) {
            XmlPullParser.Event event = parser.next();
            if (event == XmlPullParser.Event.END_DOCUMENT
                    || (event == XmlPullParser.Event.END_ELEMENT && parser.getDepth() == depth)) {
                break;
            }
            if (event != XmlPullParser.Event.START_ELEMENT || parser.getDepth() != depth + 1) {
                continue;
            }
            String name = parser.getName();
            switch (name) {
                case "open" -> method = Validation.Method.OPEN;
                case "range" -> {
                    method = Validation.Method.RANGE;
                    min = parser.getAttributeValue("min");
                    max = parser.getAttributeValue("max");
                }
                case "list-range" -> {
                    minItems = count(parser.getAttributeValue("min"));
                    maxItems = count(parser.getAttributeValue("max"));
                }
                default -> { }
            }
            if ("regex".equals(name)) {
                method = Validation.Method.REGEX;
                regex = XmlText.of(parser);
            } else {
                XmlText.skip(parser);
            }
        }
        return new Validation(datatype, method, min, max, regex, minItems, maxItems);
    }

    private static Validation skipAndKeep(XmlPullParser parser, Validation kept)
            throws IOException, XmlPullParserException {
        XmlText.skip(parser);
        return kept;
    }

    private static Integer count(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.trim());
        } catch (NumberFormatException unreadable) {
            return null;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
