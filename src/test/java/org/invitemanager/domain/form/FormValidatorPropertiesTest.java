package org.invitemanager.domain.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.invitemanager.testsupport.OddText;

/**
 * {@link FormValidator} and {@link Jids} fed random forms, hints and answers: odd Unicode, controls, huge values,
 * unreadable bounds and patterns. Complements {@code FormValidatorFuzzTest} with shrinking and whole forms.
 *
 * <p>The contract: validation never throws; it answers OK or one sentence per field that names the field, ends in a
 * full stop, is short and holds no control character, line break or half surrogate pair. {@link Jids#problem} is
 * empty exactly for valid addresses, and addresses built from well-formed parts are valid.
 */
class FormValidatorPropertiesTest {

    @Property(tries = 300)
    void aWholeFormIsAnsweredWithOneShortSentencePerBadField(@ForAll("fields") List<FormField> fields,
                                                              @ForAll("answers") List<List<String>> answers) {
        XDataForm form = XDataForm.of("form", fields);
        Map<String, List<String>> given = new LinkedHashMap<>();
        for (int i = 0; i < fields.size() && i < answers.size(); i++) {
            if (fields.get(i).var() != null) {
                given.put(fields.get(i).var(), answers.get(i));
            }
        }

        Map<String, String> problems = FormValidator.problems(form, given);

        problems.forEach((var, sentence) -> {
            // Fields may share a var; the sentence is about the first of them that has a problem.
            assertTrue(form.fields().stream().anyMatch(f -> var.equals(f.var()) && f.isSubmitted()
                    && f.type().isEditable()), "only fields the admin edits: " + var);
            assertTrue(sentence.endsWith("."), sentence);
            assertTrue(sentence.codePointCount(0, sentence.length()) < 300, "short: " + sentence.length());
            assertFalse(OddText.hasControlOrLineBreak(sentence), sentence);
            assertTrue(sentence.codePoints().noneMatch(c -> Character.getType(c) == Character.SURROGATE), sentence);
        });
    }

    @Property(tries = 500)
    void aRequiredFieldLeftBlankIsReportedAsRequired(@ForAll("fields") List<FormField> fields,
                                                     @ForAll("blanks") List<String> blank) {
        for (FormField field : fields) {
            Optional<String> problem = FormValidator.problem(field.withRequired(true), blank);

            assertEquals(field.type().isEditable(), problem.isPresent(), field.toString());
            problem.ifPresent(sentence -> assertTrue(sentence.endsWith(" is required."), sentence));
        }
    }

    @Property(tries = 500)
    void anyTextGetsAnAnswerAboutBeingAnAddress(@ForAll("jids") String jid) {
        Optional<String> problem = Jids.problem(jid);

        assertEquals(problem.isEmpty(), Jids.isValid(jid));
        problem.ifPresent(reason -> assertTrue(reason.startsWith("has ") || reason.startsWith("starts ")
                || reason.equals("is empty"), reason));
    }

    @Property(tries = 500)
    void anAddressBuiltFromWellFormedPartsIsValid(@ForAll("localparts") String local, @ForAll("domains") String domain,
                                                  @ForAll("resources") String resource) {
        String jid = (local.isEmpty() ? "" : local + "@") + domain + (resource.isEmpty() ? "" : "/" + resource);

        assertEquals(Optional.empty(), Jids.problem(jid), jid);
    }

    @Provide
    Arbitrary<List<FormField>> fields() {
        Arbitrary<Validation> hint = Combinators.combine(
                Arbitraries.of("xs:string", "xs:int", "xs:byte", "xs:decimal", "xs:double", "xs:date", "xs:dateTime",
                        "xs:time", "xs:anyURI", "xs:language", "xs:boolean", "x:custom", "\u0000"),
                Arbitraries.of(Validation.Method.class),
                Arbitraries.of("1", "-128", "2026-01-01", "abc", "1e400", "9".repeat(500), "\u202E5").injectNull(0.3),
                Arbitraries.of("100", "2026-12-31T00:00:00Z", "", "NaN").injectNull(0.3),
                Arbitraries.of("[a-z]+", "(a|b)*c", "[a-", "(a+)+b", "\\p{L}*").injectNull(0.3),
                Arbitraries.integers().between(-2, 4).injectNull(0.4), Arbitraries.integers().between(-2, 4)
                        .injectNull(0.4)).as(Validation::new);
        Arbitrary<FormField> field = Combinators.combine(Arbitraries.of(FieldType.class),
                OddText.mixed().injectNull(0.1), OddText.any().injectNull(0.2), Arbitraries.of(true, false),
                hint.injectNull(0.4)).as((type, var, label, required, validation) ->
                new FormField(var, type, type.wireName(), label, null, required, List.of(), FormFixtures.COLOURS,
                        validation));
        return field.list().ofMaxSize(6);
    }

    @Provide
    Arbitrary<List<List<String>>> answers() {
        Arbitrary<String> value = Arbitraries.frequencyOf(Tuple.of(3, OddText.any()),
                Tuple.of(2, Arbitraries.of("42", "-129", "2026-12-31", "red", "true", "alice@example.org",
                        "a".repeat(5000) + "b", "2026-02-30", "1e3", "INF")));
        return value.list().ofMaxSize(4).list().ofMaxSize(6);
    }

    @Provide
    Arbitrary<List<String>> blanks() {
        // What String.isBlank calls blank; a no-break space is a character the admin typed.
        return Arbitraries.of("", " ", "\t", "\r\n", "\u2003\u3000").list().ofMaxSize(3);
    }

    @Provide
    Arbitrary<String> jids() {
        return Arbitraries.oneOf(OddText.any(), Arbitraries.of("alice@example.org", "a@b@c", "@x", "x@", "x/", "[::1]",
                "[zz]", "a..b", ".a", "a b", "example.org:5222", "xmpp:a@b").flatMap(OddText::injectedInto));
    }

    @Provide
    Arbitrary<String> localparts() {
        return Arbitraries.strings().alpha().numeric().withChars("._-+éß中").ofMaxLength(20);
    }

    @Provide
    Arbitrary<String> domains() {
        return Arbitraries.strings().alpha().numeric().withChars("-é").ofMinLength(1).ofMaxLength(12).list()
                .ofMinSize(1).ofMaxSize(3).map(labels -> String.join(".", labels));
    }

    @Provide
    Arbitrary<String> resources() {
        return Arbitraries.strings().alpha().numeric().withChars(" @/:.").ofMaxLength(20);
    }
}
