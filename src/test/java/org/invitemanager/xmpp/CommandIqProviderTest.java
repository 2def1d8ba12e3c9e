package org.invitemanager.xmpp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.invitemanager.domain.InviteKind;
import org.invitemanager.domain.InviteOptions;
import org.invitemanager.domain.command.CommandAction;
import org.invitemanager.domain.command.CommandNote;
import org.invitemanager.domain.command.CommandStatus;
import org.invitemanager.domain.command.CommandStep;
import org.invitemanager.domain.form.FieldType;
import org.invitemanager.domain.form.FormAnswers;
import org.invitemanager.domain.form.FormField;
import org.invitemanager.domain.form.FormOption;
import org.invitemanager.domain.form.Validation;
import org.invitemanager.domain.form.XDataForm;
import org.jivesoftware.smack.SmackConfiguration;
import org.jivesoftware.smack.packet.Stanza;
import org.jivesoftware.smack.util.PacketParserUtils;
import org.jivesoftware.smackx.xdata.provider.DataFormProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Hand-written command answers, well-formed and broken, read by the app's own parser. */
class CommandIqProviderTest {

    @BeforeAll
    static void installTheAppsProvider() {
        SmackConfiguration.getVersion();
        CommandIqProvider.install();
    }

    private static CommandStep read(String commandXml) throws Exception {
        Stanza stanza = PacketParserUtils.parseStanza(
                "<iq type='result' id='r1' from='localhost' to='admin@localhost/app'>" + commandXml + "</iq>");
        return assertInstanceOf(CommandIq.class, stanza).step();
    }

    private static XDataForm form(String formXml) throws Exception {
        return read("<command xmlns='http://jabber.org/protocol/commands' node='n' sessionid='s1' status='executing'>"
                + formXml + "</command>").form();
    }

    @Test
    void everyFieldTypeIsReadWithLabelsDescriptionsDefaultsAndOptions() throws Exception {
        XDataForm form = form("""
                <x xmlns='jabber:x:data' type='form'>
                  <title>Everything</title><instructions>Fill it in.</instructions><instructions>Then send.</instructions>
                  <field var='FORM_TYPE' type='hidden'><value>urn:example:all</value></field>
                  <field type='fixed'><value>Section one</value></field>
                  <field var='ok' type='boolean' label='OK?'><value>1</value></field>
                  <field var='who' type='jid-single' label='Who'><desc>An address</desc><required/></field>
                  <field var='whom' type='jid-multi'><value>a@x</value><value>b@x</value></field>
                  <field var='one' type='list-single'><option label='Red'><value>r</value></option>
                    <option><value>g</value></option><value>g</value></field>
                  <field var='many' type='list-multi'><option label='A'><value>a</value></option>
                    <option label='B'><value>b</value></option><value>a</value><value>b</value></field>
                  <field var='text' type='text-single'><value>hello</value></field>
                  <field var='pw' type='text-private'/>
                  <field var='lines' type='text-multi'><value>l1</value><value>l2</value></field>
                </x>""");

        assertEquals("form", form.type());
        assertEquals("Everything", form.title());
        assertEquals(List.of("Fill it in.", "Then send."), form.instructions());
        assertEquals("urn:example:all", form.formType());
        assertEquals(List.of(FieldType.HIDDEN, FieldType.FIXED, FieldType.BOOLEAN, FieldType.JID_SINGLE,
                FieldType.JID_MULTI, FieldType.LIST_SINGLE, FieldType.LIST_MULTI, FieldType.TEXT_SINGLE,
                FieldType.TEXT_PRIVATE, FieldType.TEXT_MULTI), form.fields().stream().map(FormField::type).toList());
        FormField who = form.field("who").orElseThrow();
        assertTrue(who.required());
        assertEquals("An address", who.description());
        assertEquals("Who", who.displayLabel());
        assertEquals(List.of(new FormOption("Red", "r"), new FormOption(null, "g")),
                form.field("one").orElseThrow().options());
        assertEquals(List.of("a", "b"), form.field("many").orElseThrow().values());
        assertEquals(List.of("l1", "l2"), form.field("lines").orElseThrow().values());
        assertEquals(List.of(), form.problems());
    }

    @Test
    void validationHintsAreRead() throws Exception {
        XDataForm form = form("""
                <x xmlns='jabber:x:data' type='form'>
                  <field var='n' type='text-single'>
                    <validate xmlns='http://jabber.org/protocol/xdata-validate' datatype='xs:integer'>
                      <range min='1' max='100'/></validate></field>
                  <field var='code' type='text-single'>
                    <validate xmlns='http://jabber.org/protocol/xdata-validate'><regex>[A-Z]{3}</regex></validate></field>
                  <field var='tags' type='list-multi'>
                    <validate xmlns='http://jabber.org/protocol/xdata-validate' datatype='xs:string'>
                      <open/><list-range min='1' max='3'/></validate></field>
                  <field var='plain' type='text-single'><validate xmlns='urn:other'/></field>
                </x>""");

        assertEquals(new Validation("xs:integer", Validation.Method.RANGE, "1", "100", null, null, null),
                form.field("n").orElseThrow().validation());
        assertEquals(new Validation(null, Validation.Method.REGEX, null, null, "[A-Z]{3}", null, null),
                form.field("code").orElseThrow().validation());
        assertEquals(new Validation("xs:string", Validation.Method.OPEN, null, null, null, 1, 3),
                form.field("tags").orElseThrow().validation());
        assertNull(form.field("plain").orElseThrow().validation());
    }

    @Test
    void aFieldWithoutAVarIsShownReadOnlyAndNamedAsAProblemInsteadOfDroppingTheConnection() throws Exception {
        XDataForm form = form("""
                <x xmlns='jabber:x:data' type='form'>
                  <field type='text-single' label='Nameless'><value>x</value><required/></field>
                  <field var='kept' type='text-single'/>
                </x>""");

        FormField nameless = form.fields().get(0);
        assertEquals(FieldType.FIXED, nameless.type());
        assertFalse(nameless.isSubmitted());
        assertFalse(nameless.required());
        assertEquals(List.of("A field “Nameless” came without a name, so it is shown but cannot be sent back."),
                form.problems());
        assertTrue(form.field("kept").isPresent());
    }

    @Test
    void anUnknownTypeIsShownAsTextAndSaysSo() throws Exception {
        XDataForm form = form("<x xmlns='jabber:x:data' type='form'><field var='w' type='weird-type' label='W'>"
                + "<value>v</value></field><field var='untyped'/></x>");

        FormField weird = form.field("w").orElseThrow();
        assertEquals(FieldType.TEXT_SINGLE, weird.type());
        assertEquals("weird-type", weird.typeName());
        assertEquals(FieldType.TEXT_SINGLE, form.field("untyped").orElseThrow().type());
        assertEquals(1, form.problems().size());
        assertTrue(form.problems().get(0).contains("weird-type"), form.problems().toString());
    }

    @Test
    void duplicateVarsKeepTheFirstAndOptionsWithoutValuesAreDropped() throws Exception {
        XDataForm form = form("<x xmlns='jabber:x:data' type='form'><field var='a'><value>1</value></field>"
                + "<field var='a'><value>2</value></field><field var='l' type='list-single'>"
                + "<option label='empty'/><option label='ok'><value>v</value></option></field></x>");

        assertEquals(List.of("1"), form.field("a").orElseThrow().values());
        assertEquals(2, form.fields().size());
        assertEquals(List.of(new FormOption("ok", "v")), form.field("l").orElseThrow().options());
        assertEquals(1, form.problems().size());
    }

    @Test
    void unexpectedElementsAndMarkupInsideTextAreSkipped() throws Exception {
        XDataForm form = form("<x xmlns='jabber:x:data' type='form'><page xmlns='http://jabber.org/protocol/xdata-layout'>"
                + "<fieldref var='a'/></page><title>T<b>!</b></title><field var='a'><media xmlns='urn:xmpp:media-element'>"
                + "<uri type='image/png'>http://x/y.png</uri></media><value>1</value></field></x>");

        assertEquals("T!", form.title());
        assertEquals(List.of("1"), form.field("a").orElseThrow().values());
    }

    @Test
    void sessionActionsNotesAndStatusAreRead() throws Exception {
        CommandStep step = read("""
                <command xmlns='http://jabber.org/protocol/commands' node='urn:example:wiz' sessionid='abc'
                         status='executing'>
                  <actions execute='next'><prev/><next/><complete/></actions>
                  <note type='warn'>Careful</note><note>Plain</note><note type='error'>Bad</note>
                  <x xmlns='jabber:x:data' type='form'><field var='a'/></x>
                  <x xmlns='jabber:x:data' type='form'><field var='second'/></x>
                </command>""");

        assertEquals("urn:example:wiz", step.node());
        assertEquals("abc", step.sessionId());
        assertEquals(CommandStatus.EXECUTING, step.status());
        assertEquals(List.of(CommandAction.PREV, CommandAction.NEXT, CommandAction.COMPLETE), step.allowedActions());
        assertEquals(Optional.of(CommandAction.NEXT), step.enterAction());
        assertEquals(List.of(new CommandNote(CommandNote.Severity.WARN, "Careful"),
                new CommandNote(CommandNote.Severity.INFO, "Plain"), new CommandNote(CommandNote.Severity.ERROR, "Bad")),
                step.notes());
        assertTrue(step.form().field("a").isPresent());
        assertFalse(step.form().field("second").isPresent(), "the first form is the command's");
    }

    @Test
    void anExecutingAnswerWithoutActionsMayOnlyBeCompleted() throws Exception {
        CommandStep step = read("<command xmlns='http://jabber.org/protocol/commands' node='n' status='executing'/>");

        assertEquals(List.of(CommandAction.COMPLETE), step.allowedActions());
        assertEquals(Optional.of(CommandAction.COMPLETE), step.enterAction());
        assertNull(step.form());
    }

    @Test
    void aTableResultHasColumnsAndRows() throws Exception {
        XDataForm form = read("""
                <command xmlns='http://jabber.org/protocol/commands' node='n' status='completed'>
                  <x xmlns='jabber:x:data' type='result'>
                    <reported><field var='jid' label='JID'/><field var='n' type='text-single'/></reported>
                    <item><field var='jid'><value>a@x</value></field><field var='n'><value>1</value></field></item>
                    <item><field var='jid'><value>b@x</value></field><field><value>lost</value></field></item>
                  </x>
                </command>""").form();

        assertTrue(form.isTable());
        assertEquals(List.of("JID", "n"), form.columns().stream().map(FormField::displayLabel).toList());
        assertEquals(Map.of("jid", List.of("a@x"), "n", List.of("1")), form.rows().get(0));
        assertEquals(Map.of("jid", List.of("b@x")), form.rows().get(1));
    }

    @Test
    void submittedAnswersAreReadBackTheSameBySmacksOwnParser() throws Exception {
        Map<String, List<String>> answers = new LinkedHashMap<>();
        answers.put("FORM_TYPE", List.of("urn:example:all"));
        answers.put("who", List.of("a@x"));
        answers.put("lines", List.of("one", "<two> & 'three'"));
        answers.put("empty", List.of());
        XDataForm answered = XDataForm.of("form", List.of(FormField.of("FORM_TYPE", FieldType.HIDDEN, null),
                FormField.of("who", FieldType.JID_SINGLE, "Who"), FormField.of("lines", FieldType.TEXT_MULTI, "Lines"),
                FormField.of("empty", FieldType.LIST_MULTI, "Empty")));
        CommandIq request = CommandIq.request("urn:example:all", "s1", CommandAction.COMPLETE, answers, answered);

        String xml = request.toXML().toString();
        int start = xml.indexOf("<x ");
        org.jivesoftware.smackx.xdata.packet.DataForm parsed = new DataFormProvider()
                .parse(PacketParserUtils.getParserFor(xml.substring(start, xml.indexOf("</x>") + 4)));

        assertTrue(xml.contains("action='complete'") && xml.contains("sessionid='s1'"), xml);
        assertEquals(org.jivesoftware.smackx.xdata.packet.DataForm.Type.submit, parsed.getType());
        assertEquals(List.of("FORM_TYPE", "who", "lines", "empty"),
                parsed.getFields().stream().map(f -> f.getFieldName()).toList());
        answers.forEach((var, values) ->
                assertEquals(values, parsed.getField(var).getValuesAsString().stream().map(Object::toString).toList(),
                        var));
    }

    @Test
    void prosody13sResetFormGetsTheAccountAndEjabberdsGetsTheUsername() {
        XDataForm reset = XDataForm.of("form", List.of(
                FormField.of("accountjid", FieldType.JID_SINGLE, "Account").withRequired(true)));
        FormAnswers filled = new FormAnswers(reset);
        AdHocInviteClient.fill(filled, new InviteOptions(InviteKind.PASSWORD_RESET, null, false, null, "Alice", null,
                null), "localhost");
        assertEquals(List.of("alice@localhost"), filled.get("accountjid"));
        assertEquals(List.of(), filled.missingRequired());

        FormAnswers unfilled = new FormAnswers(reset);
        AdHocInviteClient.fill(unfilled, InviteOptions.of(InviteKind.PASSWORD_RESET), "localhost");
        assertEquals(List.of("Account"), unfilled.missingRequired());

        XDataForm ejabberd = XDataForm.of("form", List.of(FormField.of("username", FieldType.TEXT_SINGLE, "Username"),
                FormField.of("roster-subscription", FieldType.BOOLEAN, "Subscribe", "false")));
        FormAnswers named = new FormAnswers(ejabberd);
        AdHocInviteClient.fill(named, new InviteOptions(InviteKind.ACCOUNT, null, false, null, "zed", null, null),
                "localhost");
        assertEquals(Map.of("username", List.of("zed"), "roster-subscription", List.of("false")), named.values());
    }
}
