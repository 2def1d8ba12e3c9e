package org.invitemanager.xmpp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.invitemanager.domain.Failure;
import org.invitemanager.domain.FailureException;
import org.invitemanager.domain.InviteListEntry;
import org.invitemanager.domain.command.CommandStatus;
import org.invitemanager.domain.command.CommandStep;
import org.invitemanager.domain.form.XDataForm;
import org.invitemanager.testsupport.OddText;

/**
 * Random invite tables, as the companion module might send them and worse, read by {@link InviteListParser}.
 *
 * <p>The contract: an answer without a form is a {@link Failure.InvalidResponse}; otherwise every row with an id, a
 * known kind and an {@code xmpp:} link (or none) becomes an entry and every other row is skipped, never an exception.
 * Entries hold no negative count, an HTTPS landing page or none, and a link without control characters or none.
 */
class InviteListParserPropertiesTest {

    private static final Set<String> KINDS = Set.of("account", "contact", "password-reset");
    private static final List<String> COLUMNS = List.of("id", "kind", "status", "created", "expires", "uses",
            "max-uses", "note", "creator", "username", "used-by", "uri", "landing-url");

    @Property(tries = 300)
    void everyReadableRowBecomesAnEntryAndNoRowThrows(@ForAll("tables") List<Map<String, List<String>>> rows) {
        CommandStep step = new CommandStep("n", "s1", CommandStatus.COMPLETED, List.of(), null, List.of(),
                new XDataForm("result", null, List.of(), List.of(), List.of(), rows, List.of()));

        List<InviteListEntry> entries = InviteListParser.parse(CommandResult.of(step));

        assertEquals(rows.stream().filter(InviteListParserPropertiesTest::isReadable).count(), entries.size());
        for (InviteListEntry entry : entries) {
            assertFalse(entry.id().isBlank());
            assertTrue(entry.uses() == null || entry.uses() >= 0, "uses " + entry.uses());
            assertTrue(entry.maxUses() == null || entry.maxUses() >= 0, "max uses " + entry.maxUses());
            assertTrue(entry.uri().isEmpty() || entry.uri().startsWith("xmpp:"), entry.uri());
            assertFalse(OddText.hasControlOrLineBreak(entry.uri()), "no control character in the link");
            assertTrue(entry.landingUrl().isEmpty() || entry.landingUrl().regionMatches(true, 0, "https://", 0, 8));
            assertFalse(OddText.hasControlOrLineBreak(entry.landingUrl()), "no control character in the page");
            entry.usedBy().forEach(use -> assertFalse(use.account().isBlank(), "a use names its account"));
        }
    }

    @Property(tries = 200)
    void aRowWhoseLinkHoldsAControlCharacterIsSkippedAndSuchAPageDropped(
            @ForAll("inviteUris") String uri, @ForAll("controls") String control) {
        String broken = uri.substring(0, 5) + control + uri.substring(5);
        Map<String, List<String>> good = Map.of("id", List.of("1"), "kind", List.of("account"), "uri", List.of(uri),
                "landing-url", List.of("https://example.org/i" + control + "/T"));
        Map<String, List<String>> bad = Map.of("id", List.of("2"), "kind", List.of("contact"), "uri",
                List.of(broken));
        CommandStep step = new CommandStep("n", "s1", CommandStatus.COMPLETED, List.of(), null, List.of(),
                new XDataForm("result", null, List.of(), List.of(), List.of(), List.of(good, bad), List.of()));

        List<InviteListEntry> entries = InviteListParser.parse(CommandResult.of(step));

        assertEquals(List.of("1"), entries.stream().map(InviteListEntry::id).toList());
        assertEquals(uri, entries.get(0).uri());
        assertEquals("", entries.get(0).landingUrl());
    }

    @Property(tries = 50)
    void anAnswerWithoutAFormIsAnInvalidResponse(@ForAll CommandStatus status) {
        CommandStep step = new CommandStep("n", null, status, List.of(), null, List.of(), null);

        FailureException e = assertThrows(FailureException.class,
                () -> InviteListParser.parse(CommandResult.of(step)));

        assertInstanceOf(Failure.InvalidResponse.class, e.failure());
    }

    /** The contract's rule for a row, written out apart from the parser. */
    private static boolean isReadable(Map<String, List<String>> row) {
        String id = first(row, "id");
        String kind = first(row, "kind");
        String uri = first(row, "uri");
        return id != null && kind != null && KINDS.contains(kind)
                && (uri == null || uri.startsWith("xmpp:") && !OddText.hasControlOrLineBreak(uri));
    }

    private static String first(Map<String, List<String>> row, String var) {
        return row.getOrDefault(var, List.of()).stream().filter(v -> !v.isBlank()).findFirst().map(String::strip)
                .orElse(null);
    }

    @Provide
    Arbitrary<String> inviteUris() {
        return InviteAnswers.inviteUri();
    }

    @Provide
    Arbitrary<String> controls() {
        return Arbitraries.oneOf(Arbitraries.chars().range('\u0000', '\u001F').map(String::valueOf),
                Arbitraries.of("\u007F", "\u0085", "\u2028", "\u2029"));
    }

    @Provide
    Arbitrary<List<Map<String, List<String>>>> tables() {
        Arbitrary<String> value = Arbitraries.frequencyOf(
                Tuple.of(3, InviteAnswers.anyValue()),
                Tuple.of(2, Arbitraries.of("account", "contact", "password-reset", "Account", " contact ", "used",
                        "expired", "pending", "0", "7", "-1", "2147483648", "1e3", "x1", "alice@localhost",
                        "bob@localhost 2026-12-08T10:00:00Z", "carol@localhost yesterday", " ", "\u00A0 x")));
        Arbitrary<Map.Entry<String, List<String>>> column = Arbitraries.of(COLUMNS)
                .flatMap(var -> value.list().ofMaxSize(3).map(values -> Map.entry(var, values)));
        Arbitrary<Map<String, List<String>>> row = column.list().ofMaxSize(14).map(cells -> {
            Map<String, List<String>> map = new LinkedHashMap<>();
            cells.forEach(cell -> map.putIfAbsent(cell.getKey(), cell.getValue()));
            return map;
        });
        return row.list().ofMaxSize(6);
    }
}
