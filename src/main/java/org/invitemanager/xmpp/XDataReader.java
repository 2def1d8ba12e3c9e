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

    private final XmlPullParser parser;
    private String title;
    private final List<String> instructions = new ArrayList<>();
    private final List<FormField> fields = new ArrayList<>();
    private final List<FormField> columns = new ArrayList<>();
    private final List<Map<String, List<String>>> rows = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private final Set<String> vars = new HashSet<>();

    private XDataReader(XmlPullParser parser) {
        this.parser = parser;
    }

    /** Reads the {@code <x/>} element the parser is on, leaving it on that element's end tag. */
    static XDataForm read(XmlPullParser parser) throws IOException, XmlPullParserException {
        String type = parser.getAttributeValue("type");
        XDataReader form = new XDataReader(parser);
        XmlText.eachChild(parser, form::child);
        return new XDataForm(type, form.title, form.instructions, form.fields, form.columns, form.rows,
                form.problems);
    }

    private void child(String name) throws IOException, XmlPullParserException {
        switch (name) {
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
            case "reported" -> columns.addAll(fieldsOf());
            case "item" -> rows.add(row(fieldsOf()));
            default -> { }
        }
    }

    private List<FormField> fieldsOf() throws IOException, XmlPullParserException {
        List<FormField> found = new ArrayList<>();
        XmlText.eachChild(parser, name -> {
            if ("field".equals(name)) {
                found.add(XDataFieldReader.read(parser, problems));
            }
        });
        return found;
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
