package org.invitemanager.domain.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JidsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "example.org",
        "alice@example.org",
        "alice@example.org/phone",
        "example.org/resource",
        "alice@example.org/res with spaces",
        "alice@example.org/res/with/slashes@and@ats",
        "x",
        "localhost",
        "ünïcødé@bücher.example",
        "δοκιμή@παράδειγμα.δοκιμή",
        "admin@[::1]",
        "admin@[2001:db8::1]/laptop",
        "[::ffff:192.0.2.1]",
        "conference.example.org",
        "a/b@c"
    })
    void acceptsWellFormedAddresses(String jid) {
        assertEquals(Optional.empty(), Jids.problem(jid), jid);
        assertTrue(Jids.isValid(jid), jid);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "alice smith@example.org | has a space",
        "alice@exa mple.org      | has a space",
        "' alice@example.org'    | starts or ends with a space",
        "'alice@example.org '    | starts or ends with a space",
        "a@b@example.org         | has two @",
        "@example.org            | has nothing before the @",
        "alice@                  | has no domain",
        "alice@/phone            | has no domain",
        "/phone                  | has no domain",
        "alice@example.org/      | has nothing after the /",
        ".example.org            | has a domain that starts or ends with a dot",
        "alice@example.org.      | has a domain that starts or ends with a dot",
        "alice@example..org      | has two dots in a row in the domain",
        "alice@[not-ipv6]        | has a domain in [brackets] that is not an IPv6 address",
        "alice@[::1              | has a domain in [brackets] that is not an IPv6 address",
        "al:ice@example.org      | has “:” before the @, which addresses do not allow",
        "a<b@example.org         | has “<” before the @, which addresses do not allow",
        "alice@example.org:5222  | has “:” in the domain, which addresses do not allow",
    })
    void namesWhatIsWrong(String jid, String reason) {
        assertEquals(Optional.of(reason), Jids.problem(jid));
        assertFalse(Jids.isValid(jid));
    }

    @Test
    void rejectsEveryCharacterRfc7622ForbidsInTheLocalpart() {
        // The slash of that list is left out: it starts the resourcepart before any "@" is looked for.
        for (char c : "\"&':<>".toCharArray()) {
            String jid = "a" + c + "b@example.org";
            assertEquals(Optional.of("has “" + c + "” before the @, which addresses do not allow"), Jids.problem(jid));
        }
    }

    @Test
    void rejectsEmptyAndNull() {
        assertEquals(Optional.of("is empty"), Jids.problem(""));
        assertEquals(Optional.of("is empty"), Jids.problem(null));
        assertFalse(Jids.isValid(null));
    }

    @Test
    void rejectsControlCharactersAnywhere() {
        assertEquals(Optional.of("has a control character"), Jids.problem("ali\u0007ce@example.org"));
        assertEquals(Optional.of("has a control character"), Jids.problem("alice@example.org/pho\u0000ne"));
        assertEquals(Optional.of("has a control character"), Jids.problem("alice@example.org/\u009Fx"));
        assertEquals(Optional.of("has a control character"), Jids.problem("alice@example.org\n"));
    }

    @Test
    void rejectsHalfASurrogatePair() {
        assertTrue(Jids.problem("a\uD83Db@example.org").orElse("").startsWith("has a broken character"));
        assertTrue(Jids.isValid("\uD83D\uDE00@example.org"), "a whole emoji is fine");
    }

    @Test
    void treatsNonBreakingAndIdeographicSpacesAsSpaces() {
        assertEquals(Optional.of("has a space"), Jids.problem("a\u00A0b@example.org"));
        assertEquals(Optional.of("has a space"), Jids.problem("ab@exa\u3000mple.org"));
    }

    @Test
    void limitsEachPartTo1023BytesOfUtf8() {
        String domain = "example.org";
        assertTrue(Jids.isValid("a".repeat(1023) + "@" + domain));
        assertEquals(Optional.of("has a name before the @ that is too long"),
                Jids.problem("a".repeat(1024) + "@" + domain));
        // "é" is two bytes, so 512 of them pass the limit though they are only 512 characters.
        assertEquals(Optional.of("has a name before the @ that is too long"),
                Jids.problem("é".repeat(512) + "@" + domain));
        assertTrue(Jids.isValid("é".repeat(511) + "@" + domain));
        assertEquals(Optional.of("has a domain that is too long"), Jids.problem("a@" + "d".repeat(1024)));
        assertTrue(Jids.isValid("a@" + "d".repeat(1023)));
        assertEquals(Optional.of("has a resource (after the /) that is too long"),
                Jids.problem("a@" + domain + "/" + "r".repeat(1024)));
        assertTrue(Jids.isValid("a@" + domain + "/" + "r".repeat(1023)));
    }

    @Test
    void comparisonKeyFoldsCaseOutsideTheResourceOnly() {
        assertEquals(Jids.comparisonKey("Alice@Example.ORG"), Jids.comparisonKey("alice@example.org"));
        assertEquals("alice@example.org/Phone", Jids.comparisonKey("ALICE@example.org/Phone"));
        assertFalse(Jids.comparisonKey("a@x/Phone").equals(Jids.comparisonKey("a@x/phone")));
    }
}
