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

    private final XmlPullParser parser;
    private String description;
    private boolean required;
    private final List<String> values = new ArrayList<>();
    private final List<FormOption> options = new ArrayList<>();
    private Validation validation;

    private XDataFieldReader(XmlPullParser parser) {
        this.parser = parser;
    }

    /** Reads the field the parser is on; a fault in it is added to {@code problems} and the field kept if possible. */
    static FormField read(XmlPullParser parser, List<String> problems) throws IOException, XmlPullParserException {
        String var = blankToNull(parser.getAttributeValue("var"));
        String typeName = blankToNull(parser.getAttributeValue("type"));
        String label = parser.getAttributeValue("label");
        XDataFieldReader field = new XDataFieldReader(parser);
        XmlText.eachChild(parser, field::child);

        FieldType type = XDataReader.typeOf(typeName);
        boolean required = field.required;
        String name = label != null && !label.isBlank() ? label.strip() : var;
        if (typeName != null && FieldType.fromWireName(typeName).isEmpty()) {
            problems.add((name == null ? "A field" : "“" + name + "”") + " has a type the app does not know ("
                    + typeName + "); it is shown as text.");
        }
        if (var == null && type != FieldType.FIXED) {
            problems.add("A field " + (name == null ? "" : "“" + name + "” ")
                    + "came without a name, so it is shown but cannot be sent back.");
            type = FieldType.FIXED;
            required = false;
        }
        return new FormField(var, type, typeName, label, field.description, required, field.values, field.options,
                field.validation);
    }

    private void child(String name) throws IOException, XmlPullParserException {
        switch (name) {
            case "desc" -> description = XmlText.of(parser);
            case "required" -> required = true;
            case "value" -> values.add(XmlText.of(parser));
            case "option" -> option();
            case "validate" -> {
                if (VALIDATE_NAMESPACE.equals(parser.getNamespace())) {
                    validation = XDataValidationReader.read(parser);
                }
            }
            default -> { }
        }
    }

    private void option() throws IOException, XmlPullParserException {
        String label = parser.getAttributeValue("label");
        List<String> optionValues = new ArrayList<>();
        XmlText.eachChild(parser, name -> {
            if ("value".equals(name)) {
                optionValues.add(XmlText.of(parser));
            }
        });
        // An option without a value offers nothing to send; its label alone cannot be chosen.
        if (!optionValues.isEmpty()) {
            options.add(new FormOption(label, optionValues.get(0)));
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
