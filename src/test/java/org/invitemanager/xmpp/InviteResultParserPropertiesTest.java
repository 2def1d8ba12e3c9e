package org.invitemanager.xmpp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.invitemanager.domain.Failure;
import org.invitemanager.domain.FailureException;
import org.invitemanager.domain.Invite;
import org.invitemanager.domain.InviteKind;
import org.invitemanager.domain.command.CommandNote;
import org.invitemanager.domain.command.CommandStep;
import org.invitemanager.domain.form.FieldType;
import org.invitemanager.domain.form.FormField;
import org.invitemanager.testsupport.OddText;

/**
 * Random answers to invite commands, well-formed and broken, fed to {@link InviteResultParser} through the domain form
 * model.
 *
 * <p>The contract: {@code parse} returns an invite whose link starts with {@code xmpp:}, carries a token and holds no
 * control character or line break, whose landing page is HTTPS or absent, and whose expiry is the one the server wrote
 * (PROTOCOL.md §1.4); for anything else it throws a {@link FailureException} with {@link Failure.ServerError} (an error
 * note) or {@link Failure.InvalidResponse}, whose detail is one short line. FORM_TYPE is neither required nor checked.
 * {@code find} never throws: it gives the invite {@code parse} would give for a finished answer, else nothing.
 */
class InviteResultParserPropertiesTest {

    @Property(tries = 500)
    void aWellFormedInviteIsReadExactly(@ForAll("inviteUris") String uri, @ForAll("timestamps") String expiry,
                                        @ForAll boolean xep0401Spellings, @ForAll("landingPages") String landing,
                                        @ForAll("noise") List<FormField> noise, @ForAll("formTypes") List<FormField> formType,
                                        @ForAll InviteKind kind, @ForAll long shuffleSeed) {
        List<FormField> fields = new ArrayList<>(noise);
        fields.addAll(formType);
        // Blank values before the real one, as an emptied field leaves them, count as no value.
        fields.add(FormField.of("uri", FieldType.TEXT_SINGLE, null, "", " ", "\t" + uri + "\n"));
        if (!expiry.isEmpty()) {
            fields.add(FormField.of(xep0401Spellings ? "expiry" : "expire", FieldType.TEXT_SINGLE, null, expiry));
        }
        if (!landing.isEmpty()) {
            fields.add(FormField.of(xep0401Spellings ? "landing-page" : "landing-url", FieldType.TEXT_SINGLE, null,
                    landing));
        }
        Collections.shuffle(fields, new java.util.Random(shuffleSeed));

        Invite invite = InviteResultParser.parse(kind, CommandResult.of(InviteAnswers.completed(fields)));

        assertEquals(kind, invite.kind());
        assertEquals(uri, invite.uri());
        assertEquals(landing.startsWith("https://") ? landing : null, invite.landingUrl());
        assertEquals(expiry.isEmpty() ? null : OffsetDateTime.parse(expiry).toInstant(), invite.expires());
    }

    @Property(tries = 600)
    void anyAnswerGivesAUsableInviteOrAClearFailure(@ForAll("anySteps") CommandStep step, @ForAll InviteKind kind) {
        CommandResult result = CommandResult.of(step);
        Invite invite;
        try {
            invite = InviteResultParser.parse(kind, result);
        } catch (FailureException e) {
            assertClearFailure(e.failure(), step);
            return;
        }
        assertUsable(invite, result);
        assertEquals(kind, invite.kind());
    }

    @Property(tries = 400)
    void findNeverThrowsAndAgreesWithParse(@ForAll("anySteps") CommandStep step) {
        Optional<Invite> found = InviteResultParser.find(step);

        if (step.isExecuting() || step.form() == null) {
            assertEquals(Optional.empty(), found);
            return;
        }
        Optional<String> parsedUri;
        try {
            parsedUri = Optional.of(InviteResultParser.parse(InviteKind.ACCOUNT, CommandResult.of(step)).uri());
        } catch (FailureException notAnInvite) {
            parsedUri = Optional.empty();
        }
        assertEquals(parsedUri, found.map(Invite::uri));
        found.ifPresent(invite -> assertUsable(invite, CommandResult.of(step)));
    }

    @Property(tries = 300)
    void aWrongOrMissingFormTypeChangesNothing(@ForAll("anySteps") CommandStep step,
                                               @ForAll("formTypes") List<FormField> formType) {
        if (step.form() == null) {
            return;
        }
        List<FormField> others = step.form().fields().stream()
                .filter(f -> !"FORM_TYPE".equals(f.var())).toList();
        CommandStep without = withFields(step, others);
        CommandStep with = withFields(step, InviteAnswers.concat(formType, others));

        assertEquals(outcome(without), outcome(with));
    }

    @Property(tries = 300)
    void aBrokenExpiryIsNamedInTheFailure(@ForAll("inviteUris") String uri, @ForAll("badTimestamps") String expiry,
                                          @ForAll boolean xep0401Spelling) {
        CommandStep step = InviteAnswers.completed(List.of(FormField.of("uri", FieldType.TEXT_SINGLE, null, uri),
                FormField.of(xep0401Spelling ? "expiry" : "expire", FieldType.TEXT_SINGLE, null, expiry)));

        Failure failure = failureOf(step);

        String detail = assertInstanceOf(Failure.InvalidResponse.class, failure).detail();
        assertTrue(detail.startsWith("The server's expiry date \""), detail);
        assertFalse(OddText.hasControlOrLineBreak(detail), detail);
        assertTrue(detail.codePointCount(0, detail.length()) < 100, "the date is shortened: " + detail.length());
    }

    @Property(tries = 300)
    void aMissingOrForeignLinkIsAnInvalidResponse(@ForAll("landingPages") String landing,
                                                  @ForAll("notInviteLinks") String uri) {
        List<FormField> fields = new ArrayList<>(List.of(
                FormField.of("landing-url", FieldType.TEXT_SINGLE, null, landing),
                FormField.of("expire", FieldType.TEXT_SINGLE, null, "2026-12-08T10:00:00Z")));
        if (!uri.isEmpty()) {
            fields.add(FormField.of("uri", FieldType.TEXT_SINGLE, null, uri));
        }

        Failure failure = failureOf(InviteAnswers.completed(fields));

        assertInstanceOf(Failure.InvalidResponse.class, failure);
    }

    @Property(tries = 200)
    void aControlCharacterInsideTheLinkIsRefused(@ForAll("inviteUris") String uri,
                                                 @ForAll("controls") String control,
                                                 @ForAll @IntRange(min = 5, max = 80) int where) {
        // Anywhere after the scheme and before the last character, where trimming cannot take it away.
        int at = Math.min(where, uri.length() - 1);
        String broken = uri.substring(0, at) + control + uri.substring(at);
        CommandStep step = InviteAnswers.completed(List.of(FormField.of("uri", FieldType.TEXT_SINGLE, null, broken)));

        Failure failure = failureOf(step);

        assertEquals(new Failure.InvalidResponse(
                "The server's invite link contains a control character or line break."), failure);
        assertEquals(Optional.empty(), InviteResultParser.find(step));
    }

    @Property(tries = 200)
    void aLandingPageWithAControlCharacterIsNotOffered(@ForAll("inviteUris") String uri,
                                                       @ForAll("controls") String control) {
        CommandStep step = InviteAnswers.completed(List.of(FormField.of("uri", FieldType.TEXT_SINGLE, null, uri),
                FormField.of("landing-url", FieldType.TEXT_SINGLE, null, "https://example.org/i" + control + "/T")));

        Invite invite = InviteResultParser.parse(InviteKind.ACCOUNT, CommandResult.of(step));

        assertEquals(uri, invite.qrPayload(), "the QR falls back to the link");
    }

    @Property(tries = 200)
    void anErrorNoteWinsOverAnyForm(@ForAll("anySteps") CommandStep step, @ForAll("oddText") String text) {
        List<CommandNote> notes = new ArrayList<>(step.notes());
        notes.add(new CommandNote(CommandNote.Severity.ERROR, text));
        CommandStep failed = new CommandStep(step.node(), step.sessionId(), step.status(), step.actions(),
                step.defaultAction(), notes, step.form());

        Failure failure = failureOf(failed);

        Failure.ServerError error = assertInstanceOf(Failure.ServerError.class, failure);
        assertEquals(failed.errorNote().orElseThrow(), error.text());
    }

    private static void assertUsable(Invite invite, CommandResult result) {
        assertTrue(invite.uri().startsWith("xmpp:"), invite.uri());
        assertTrue(invite.parsedUri().token().isPresent(), invite.uri());
        assertFalse(OddText.hasControlOrLineBreak(invite.uri()), "no control character in the link");
        if (invite.landingUrl() != null) {
            assertTrue(invite.landingUrl().regionMatches(true, 0, "https://", 0, 8), invite.landingUrl());
            assertFalse(OddText.hasControlOrLineBreak(invite.landingUrl()), "no control character in the page");
        }
        String expiry = result.firstValue("expire") != null ? result.firstValue("expire") : result.firstValue("expiry");
        assertEquals(expiry == null ? null : OffsetDateTime.parse(expiry).toInstant(), invite.expires());
    }

    private static void assertClearFailure(Failure failure, CommandStep step) {
        if (step.errorNote().isPresent()) {
            assertEquals(new Failure.ServerError("command-error", step.errorNote().get()), failure);
            return;
        }
        String detail = assertInstanceOf(Failure.InvalidResponse.class, failure).detail();
        assertTrue(detail.startsWith("The server's "), detail);
        assertFalse(OddText.hasControlOrLineBreak(detail), detail);
        assertTrue(detail.codePointCount(0, detail.length()) < 200, "short: " + detail.length());
    }

    private static Failure failureOf(CommandStep step) {
        return assertThrows(FailureException.class,
                () -> InviteResultParser.parse(InviteKind.ACCOUNT, CommandResult.of(step))).failure();
    }

    private static Object outcome(CommandStep step) {
        try {
            return InviteResultParser.parse(InviteKind.ACCOUNT, CommandResult.of(step));
        } catch (FailureException e) {
            return e.failure();
        }
    }

    private static CommandStep withFields(CommandStep step, List<FormField> fields) {
        return new CommandStep(step.node(), step.sessionId(), step.status(), step.actions(), step.defaultAction(),
                step.notes(), new org.invitemanager.domain.form.XDataForm(step.form().type(), null, List.of(), fields,
                List.of(), List.of(), List.of()));
    }

    @Provide
    Arbitrary<String> inviteUris() {
        return InviteAnswers.inviteUri();
    }

    @Provide
    Arbitrary<String> timestamps() {
        // The empty string stands for no expiry field: an invite that never expires.
        return Arbitraries.oneOf(InviteAnswers.timestamp(), Arbitraries.just(""));
    }

    @Provide
    Arbitrary<String> badTimestamps() {
        return Arbitraries.oneOf(Arbitraries.of(InviteAnswers.BAD_TIMESTAMPS).filter(t -> !t.isEmpty()),
                OddText.any().filter(InviteResultParserPropertiesTest::isNoTimestamp));
    }

    @Provide
    Arbitrary<String> landingPages() {
        return Arbitraries.of("", "https://invite.example.org/T0k3n", "http://invite.example.org/T0k3n",
                "https://example.org/i/%C3%A9?t=1", "ftp://x", "https:/x");
    }

    @Provide
    Arbitrary<String> notInviteLinks() {
        return Arbitraries.oneOf(Arbitraries.of("", "xmpp:localhost", "xmpp:?register;preauth=T",
                "xmpp:localhost?register", "xmpp:localhost?register;preauth=", "xmpp:localhost?register;preauth=%zz",
                "XMPP:localhost?register;preauth=T", "https://invite.example.org/T"),
                OddText.any().filter(t -> !t.trim().startsWith("xmpp:")));
    }

    @Provide
    Arbitrary<List<FormField>> noise() {
        return InviteAnswers.noiseField().list().ofMaxSize(4);
    }

    @Provide
    Arbitrary<List<FormField>> formTypes() {
        return InviteAnswers.formTypeField();
    }

    @Provide
    Arbitrary<CommandStep> anySteps() {
        return InviteAnswers.anyStep();
    }

    @Provide
    Arbitrary<String> controls() {
        return Arbitraries.oneOf(Arbitraries.chars().range('\u0000', '\u001F').map(String::valueOf),
                Arbitraries.of("\u007F", "\u0085", "\u009B", "\u2028", "\u2029", "\r\n"));
    }

    @Provide
    Arbitrary<String> oddText() {
        return OddText.any();
    }

    private static boolean isNoTimestamp(String text) {
        try {
            OffsetDateTime.parse(text.trim());
            return false;
        } catch (DateTimeParseException e) {
            return !text.isBlank();
        }
    }
}
