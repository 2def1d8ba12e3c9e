package org.invitemanager.xmpp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.invitemanager.testsupport.OddText;

/**
 * Generators of ad-hoc command answers as XML text, for the readers' property tests: a valid skeleton whose fields may
 * lack a var or type, repeat a var, name unknown types, carry huge or odd values, entities and character references,
 * options without values, validation hints with unreadable bounds, and elements no reader knows.
 */
final class CommandXml {

    static final List<String> TYPES = List.of("boolean", "fixed", "hidden", "jid-multi", "jid-single", "list-multi",
            "list-single", "text-multi", "text-private", "text-single", "", "weird-type", "TEXT-SINGLE", " list-multi");

    /** One generated field: its attributes as sent (null when absent) and the exact values it carries. */
    record Field(String var, String type, String label, List<String> values, String xml) {
    }

    private CommandXml() {
    }

    /** Text that XML 1.0 can carry, escaped so that a reader gives it back exactly, and what it reads as. */
    static Arbitrary<Tuple.Tuple2<String, String>> text() {
        // Huge values are rarer than in OddText.any(): a form has up to 24 of them, and one per form is plenty.
        Arbitrary<String> any = Arbitraries.frequencyOf(Tuple.of(40, OddText.mixed()),
                Tuple.of(4, Arbitraries.of("", " ", "\r\n", "\t")), Tuple.of(1, OddText.huge()));
        return any.map(CommandXml::sendable).map(text -> Tuple.of(escape(text), text));
    }

    /** A field with a random var, type, label, values and extras; {@link Field#values} is what it must read as. */
    static Arbitrary<Field> field() {
        Arbitrary<String> var = Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.of("a", "b", "uri", "FORM_TYPE")),
                Tuple.of(2, OddText.mixed().map(CommandXml::sendable)), Tuple.of(1, Arbitraries.just(null)));
        Arbitrary<String> type = Arbitraries.frequencyOf(Tuple.of(5, Arbitraries.of(TYPES)),
                Tuple.of(1, Arbitraries.just(null)));
        Arbitrary<String> label = OddText.mixed().map(CommandXml::sendable).injectNull(0.3);
        Arbitrary<List<String>> values = text().map(Tuple.Tuple2::get2).list().ofMaxSize(3);
        Arbitrary<String> extras = Arbitraries.of("", "<required/>", "<desc>Help &amp; more</desc>",
                "<option label='A'><value>a</value></option><option label='none'/>",
                "<validate xmlns='http://jabber.org/protocol/xdata-validate' datatype='xs:int'>"
                        + "<range min='x' max='99999999999999999999'/><list-range min='-1' max='1e3'/></validate>",
                "<validate xmlns='http://jabber.org/protocol/xdata-validate'><regex>[a-</regex><open/></validate>",
                "<validate xmlns='urn:other'><range min='1'/></validate>", "<media xmlns='urn:xmpp:media-element'>"
                        + "<uri type='image/png'>http://x/y.png</uri></media>", "<unknown><value>hidden</value></unknown>",
                "<!-- a comment --><?pi data?>").list().ofMaxSize(3).map(list -> String.join("", list));
        return Combinators.combine(var, type, label, values, extras).as((v, t, l, vs, x) -> {
            StringBuilder xml = new StringBuilder("<field");
            attribute(xml, "var", v);
            attribute(xml, "type", t);
            attribute(xml, "label", l);
            xml.append('>').append(x);
            vs.forEach(value -> xml.append("<value>").append(escape(value)).append("</value>"));
            return new Field(v, t, l, vs, xml.append("</field>").toString());
        });
    }

    /** A data form of any type with fields, instructions and maybe a table; the second item is its fields. */
    static Arbitrary<Tuple.Tuple2<String, List<Field>>> form() {
        Arbitrary<String> title = text().map(Tuple.Tuple2::get1).map(t -> "<title>" + t + "</title>");
        Arbitrary<String> table = Arbitraries.of("", "<reported><field var='jid'/><field/></reported>"
                + "<item><field var='jid'><value>a@x</value></field><field><value>lost</value></field></item>",
                "<item/><item><field var='n' type='bogus'><value>1</value></field></item>");
        return Combinators.combine(Arbitraries.of("form", "result", "", "submit", "x\u00E9"), title.injectNull(0.5),
                field().list().ofMaxSize(8), table).as((type, t, fields, rows) -> {
                    StringBuilder xml = new StringBuilder("<x xmlns='jabber:x:data'");
                    attribute(xml, "type", type);
                    xml.append('>').append(t == null ? "" : t).append("<instructions>Fill in</instructions>");
                    fields.forEach(f -> xml.append(f.xml()));
                    return Tuple.of(xml.append(rows).append("</x>").toString(), fields);
                });
    }

    /** A whole {@code <iq/>} answer holding a command with this form, random status, actions and notes. */
    static Arbitrary<String> iq(Arbitrary<String> formXml) {
        Arbitrary<String> status = Arbitraries.of("executing", "completed", "canceled", "cancelled", "", "Done")
                .injectNull(0.1);
        Arbitrary<String> actions = Arbitraries.of("", "<actions execute='next'><prev/><next/><complete/></actions>",
                "<actions execute='bogus'><jump/></actions>", "<actions/>");
        Arbitrary<String> note = text().map(t -> "<note type='error'>" + t.get1() + "</note>").injectNull(0.6);
        return Combinators.combine(status, actions, note, formXml).as(CommandXml::iq);
    }

    /** An {@code <iq/>} answer with a command of this status (null for none), actions, note and form. */
    static String iq(String status, String actions, String note, String formXml) {
        StringBuilder xml = new StringBuilder("<iq type='result' id='r1' from='localhost' to='admin@localhost/app'>"
                + "<command xmlns='http://jabber.org/protocol/commands' node='n' sessionid='s1'");
        attribute(xml, "status", status);
        return xml.append('>').append(actions).append(note == null ? "" : note).append(formXml)
                .append("</command></iq>").toString();
    }

    /** The text without the characters XML 1.0 cannot carry at all. */
    static String sendable(String text) {
        StringBuilder kept = new StringBuilder();
        text.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    /** Escapes markup, and writes tabs and line breaks as references so a reader keeps them as they are. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '\'' -> out.append("&apos;");
                case '"' -> out.append("&quot;");
                case '\t', '\n', '\r' -> out.append(String.format(Locale.ROOT, "&#x%X;", c));
                default -> out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    private static void attribute(StringBuilder xml, String name, String value) {
        if (value != null) {
            xml.append(' ').append(name).append("='").append(escape(value)).append('\'');
        }
    }

    /** The first field of each var, as a reader keeps them. */
    static List<Field> firstOfEachVar(List<Field> fields) {
        List<Field> kept = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (Field field : fields) {
            String var = field.var() == null || field.var().isBlank() ? null : field.var();
            if (var == null || !seen.contains(var)) {
                kept.add(field);
                if (var != null) {
                    seen.add(var);
                }
            }
        }
        return kept;
    }
}
