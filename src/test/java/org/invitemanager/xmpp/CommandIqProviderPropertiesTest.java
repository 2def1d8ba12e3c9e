package org.invitemanager.xmpp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.invitemanager.domain.command.CommandStep;
import org.invitemanager.domain.form.FieldType;
import org.invitemanager.domain.form.FormField;
import org.invitemanager.domain.form.XDataForm;
import org.jivesoftware.smack.SmackConfiguration;
import org.jivesoftware.smack.packet.Stanza;
import org.jivesoftware.smack.util.PacketParserUtils;
import org.jivesoftware.smack.xml.XmlPullParser;
import org.jivesoftware.smack.xml.XmlPullParserException;

/**
 * Random command answers as XML, well-formed and broken, read through Smack by {@link CommandIqProvider} with
 * {@link XDataReader}, {@link XDataFieldReader} and {@link XDataValidationReader}.
 *
 * <p>The contract: well-formed XML always gives a {@link CommandStep}; the form's faults (a field without a var, an
 * unknown type, a repeated var) become {@link XDataForm#problems()} and every value reads back exactly as sent. XML
 * that is not well-formed gives Smack's {@link XmlPullParserException} or a step read from the part before the fault;
 * no other exception ever leaves the readers.
 */
class CommandIqProviderPropertiesTest {

    private static final List<String> BREAKAGES = List.of("&#x1;", "&#0;", "&#xD800;", "&#x110000;", "&bogus;", "&",
            "<", "</x>", "</field>", "<field>", "<value>", "\u0000", "\u0001", "\uFFFF", "]]>", "<![CDATA[x]]>",
            "<!DOCTYPE iq [<!ENTITY e 'boom'>]>", "&e;", "'", "\"", " var='dup'", " xmlns:a='b'", "<a:b/>", "=");

    @BeforeContainer
    static void installTheAppsProvider() {
        SmackConfiguration.getVersion();
        CommandIqProvider.install();
    }

    @Property(tries = 300)
    void aWellFormedFormIsReadWithEveryValueAndEveryFaultNamed(
            @ForAll("forms") Tuple.Tuple2<String, List<CommandXml.Field>> form, @ForAll("statuses") String status)
            throws Exception {
        CommandStep step = read(CommandXml.iq(status, "<actions execute='complete'/>", null, form.get1()));
        XDataForm read = step.form();
        assertNotNull(read, "the form is read");

        List<CommandXml.Field> expected = CommandXml.firstOfEachVar(form.get2());
        assertEquals(expected.size(), read.fields().size(), "one field per var, the first");
        long faults = form.get2().size() - expected.size();
        for (int i = 0; i < expected.size(); i++) {
            CommandXml.Field sent = expected.get(i);
            FormField field = read.fields().get(i);
            boolean named = sent.var() != null && !sent.var().isBlank();
            assertEquals(named ? sent.var() : null, field.var());
            assertEquals(sent.values(), field.values(), "values arrive exactly as sent");
            if (!named) {
                assertEquals(FieldType.FIXED, field.type(), "a field without a var cannot be sent back");
                faults += "fixed".equals(sent.type()) ? 0 : 1;
            } else {
                assertEquals(XDataReader.typeOf(blankToNull(sent.type())), field.type());
            }
            faults += isUnknownType(sent.type()) ? 1 : 0;
        }
        assertTrue(read.problems().size() >= faults, "each fault is named: " + read.problems());
        read.problems().forEach(problem -> assertFalse(problem.isBlank()));
        assertTrue(read.problems().stream().noneMatch(p -> p.contains("“null”")), read.problems().toString());
    }

    @Property(tries = 400)
    void brokenXmlIsReadOrRefusedWithAnXmlError(@ForAll("commands") String command,
                                                @ForAll("breakages") String breakage,
                                                @ForAll @DoubleRange(min = 0, max = 1) double where,
                                                @ForAll boolean truncate) throws Exception {
        // Inside the command element, where the app's readers rather than Smack's stanza dispatch meet the fault.
        int start = command.indexOf('>') + 1;
        int at = start + (int) (where * (command.length() - start));
        String broken = truncate ? command.substring(0, at) : command.substring(0, at) + breakage + command.substring(at);
        XmlPullParser parser = PacketParserUtils.getParserFor(broken);
        try {
            CommandIq read = new CommandIqProvider().parse(parser);
            assertNotNull(read.step());
        } catch (XmlPullParserException refused) {
            assertNotNull(refused.getMessage());
        } catch (Exception | Error other) {
            throw new AssertionError("not an XML error: " + other, other);
        }
    }

    private static CommandStep read(String iq) throws Exception {
        Stanza stanza = PacketParserUtils.parseStanza(iq);
        return assertInstanceOf(CommandIq.class, stanza).step();
    }

    private static boolean isUnknownType(String type) {
        return blankToNull(type) != null && FieldType.fromWireName(type).isEmpty();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    @Provide
    Arbitrary<Tuple.Tuple2<String, List<CommandXml.Field>>> forms() {
        return CommandXml.form();
    }

    @Provide
    Arbitrary<String> statuses() {
        return Arbitraries.of("executing", "completed", "Completed", "nonsense", "").injectNull(0.2);
    }

    @Provide
    Arbitrary<String> commands() {
        return CommandXml.iq(CommandXml.form().map(Tuple.Tuple2::get1))
                .map(iq -> iq.substring(iq.indexOf("<command"), iq.lastIndexOf("</iq>")));
    }

    @Provide
    Arbitrary<String> breakages() {
        return Arbitraries.of(BREAKAGES);
    }
}
