package org.invitemanager.xmpp;

import java.util.List;
import java.util.Map;
import org.invitemanager.domain.form.FieldType;
import org.invitemanager.domain.form.FormField;
import org.invitemanager.domain.form.XDataForm;
import org.jivesoftware.smack.util.XmlStringBuilder;

/** Writes the answers to a form as an XEP-0004 {@code <x type='submit'/>}. */
final class XDataWriter {

    private XDataWriter() {
    }

    /**
     * Writes {@code answers}, each field with its type from {@code answered} (may be null). The type is optional in
     * a submitted form, but without it strict parsers read a field as text-single and refuse several values.
     */
    static void writeSubmit(XmlStringBuilder xml, Map<String, List<String>> answers, XDataForm answered) {
        xml.halfOpenElement("x").xmlnsAttribute(XDataReader.NAMESPACE).attribute("type", "submit").rightAngleBracket();
        answers.forEach((var, values) -> {
            xml.halfOpenElement("field").attribute("var", var);
            String type = typeOf(var, answered);
            if (type != null) {
                xml.attribute("type", type);
            }
            xml.rightAngleBracket();
            for (String value : values) {
                xml.element("value", value == null ? "" : value);
            }
            xml.closeElement("field");
        });
        xml.closeElement("x");
    }

    private static String typeOf(String var, XDataForm answered) {
        // XEP-0068: the schema name travels as a hidden field, also in a submitted form.
        if (XDataForm.FORM_TYPE.equals(var)) {
            return FieldType.HIDDEN.wireName();
        }
        if (answered == null) {
            return null;
        }
        // Only a type XEP-0004 defines; an unknown one the server sent is not echoed back as if it were understood.
        return answered.field(var).map(FormField::typeName).flatMap(FieldType::fromWireName)
                .map(FieldType::wireName).orElse(null);
    }
}
