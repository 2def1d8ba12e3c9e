package org.invitemanager.xmpp;

import java.util.List;
import java.util.Map;
import org.invitemanager.domain.form.XDataForm;
import org.jivesoftware.smack.util.XmlStringBuilder;

/** Writes the answers to a form as an XEP-0004 {@code <x type='submit'/>}. */
final class XDataWriter {

    private XDataWriter() {
    }

    static void writeSubmit(XmlStringBuilder xml, Map<String, List<String>> answers) {
        xml.halfOpenElement("x").xmlnsAttribute(XDataReader.NAMESPACE).attribute("type", "submit").rightAngleBracket();
        answers.forEach((var, values) -> {
            xml.halfOpenElement("field").attribute("var", var);
            // XEP-0068: the schema name travels as a hidden field, also in a submitted form.
            if (XDataForm.FORM_TYPE.equals(var)) {
                xml.attribute("type", "hidden");
            }
            xml.rightAngleBracket();
            for (String value : values) {
                xml.element("value", value == null ? "" : value);
            }
            xml.closeElement("field");
        });
        xml.closeElement("x");
    }
}
