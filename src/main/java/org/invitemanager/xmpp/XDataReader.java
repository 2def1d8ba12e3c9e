package org.invitemanager.xmpp;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.invitemanager.domain.form.FieldType;
import org.invitemanager.domain.form.FormField;
import org.invitemanager.domain.form.XDataForm;
import org.jivesoftware.smack.xml.XmlPullParser;
import org.jivesoftware.smack.xml.XmlPullParserException;

/**
 * Reads a data form (XEP-0004) without giving up on it: Smack's own parser throws on a field without a var and takes
 * the whole stanza, and with it the connection, down. Here such faults become {@link XDataForm#problems()} and the
 * rest of the form stays usable.
 */
final class XDataReader {

    static final String NAMESPACE = "jabber:x:data";

    private XDataReader() {
    }

    /** Reads the {@code <x/>} element the parser is on, leaving it on that element's end tag. */
    static XDataForm read(XmlPullParser parser) throws IOException, XmlPullParserException {
        int depth = parser.getDepth();
        String type = parser.getAttributeValue("type");
        String title = null;
        List<String> instructions = new ArrayList<>();
        List<FormField> fields = new ArrayList<>();
        List<FormField> columns = new ArrayList<>();
        List<Map<String, List<String>>> rows = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Set<String> vars = new HashSet<>();
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
                case "title" -> title = XmlText.of(parser);
                case "instructions" -> instructions.add(XmlText.of(parser));
                case "field" -> {
                    FormField field = XDataFieldReader.read(parser, problems);
                    if (field.var() != null && !vars.add(field.var())) {
                        problems.add("The server sent two fields named “" + field.var() + "”; the app uses the first.");
                    } else {
                        fields.add(field);
                    }
                }
                case "reported" -> columns.addAll(readFields(parser, problems));
                case "item" -> rows.add(row(readFields(parser, problems)));
                default -> XmlText.skip(parser);
            }
        }
        return new XDataForm(type, title, instructions, fields, columns, rows, problems);
    }

    private static List<FormField> readFields(XmlPullParser parser, List<String> problems)
            throws IOException, XmlPullParserException {
        int depth = parser.getDepth();
        List<FormField> fields = new ArrayList<>();
        while (true) {
            XmlPullParser.Event event = parser.next();
            if (event == XmlPullParser.Event.END_DOCUMENT
                    || (event == XmlPullParser.Event.END_ELEMENT && parser.getDepth() == depth)) {
                return fields;
            }
            if (event == XmlPullParser.Event.START_ELEMENT && parser.getDepth() == depth + 1) {
                if ("field".equals(parser.getName())) {
                    fields.add(XDataFieldReader.read(parser, problems));
                } else {
                    XmlText.skip(parser);
                }
            }
        }
    }

    private static Map<String, List<String>> row(List<FormField> fields) {
        Map<String, List<String>> row = new LinkedHashMap<>();
        for (FormField field : fields) {
            if (field.var() != null) {
                row.putIfAbsent(field.var(), field.values());
            }
        }
        return row;
    }

    /** The type a field is shown as: XEP-0004's default for none, text-single for one it does not define. */
    static FieldType typeOf(String typeName) {
        return typeName == null ? FieldType.TEXT_SINGLE : FieldType.fromWireName(typeName).orElse(FieldType.TEXT_SINGLE);
    }
}
