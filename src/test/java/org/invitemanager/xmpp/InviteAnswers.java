package org.invitemanager.xmpp;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.invitemanager.domain.command.CommandNote;
import org.invitemanager.domain.command.CommandStatus;
import org.invitemanager.domain.command.CommandStep;
import org.invitemanager.domain.form.FieldType;
import org.invitemanager.domain.form.FormField;
import org.invitemanager.domain.form.XDataForm;
import org.invitemanager.testsupport.OddText;

/** Generators of invite commands' answers, as the domain model holds them, for the parsers' property tests. */
final class InviteAnswers {

    static final String INVITATION = "urn:xmpp:invite#invitation";
    static final List<String> KNOWN_VARS = List.of("uri", "expire", "expiry", "landing-url", "landing-page", "id",
            "kind", XDataForm.FORM_TYPE);
    static final List<String> BAD_TIMESTAMPS = List.of("2024-13-45", "2024-13-45T10:00:00Z", "2024-02-30T10:00:00Z",
            "", "yesterday", "100000000000000000000", "1765188000", "2026-12-08", "2026-12-08T10:00:00",
            "2026-12-08 10:00:00Z", "2026-12-08T25:00:00Z", "2026-12-08T10:00:00+25:00", "+1000000000-01-01T00:00:00Z",
            "2026-12-08T10:00\u0000:00Z", "2026-１２-08T10:00:00Z", "\u202E2026-12-08T10:00:00Z");

    private InviteAnswers() {
    }

    /** An invite link as servers write it: a domain or account, register or roster, a base64url token. */
    static Arbitrary<String> inviteUri() {
        Arbitrary<String> jid = Arbitraries.of("localhost", "example.org", "zed@localhost", "admin@example.org/res",
                "xn--caf-dma.example", "café@example.org");
        Arbitrary<String> token = Arbitraries.strings().alpha().numeric().withChars('-', '_').ofMinLength(1)
                .ofMaxLength(40);
        Arbitrary<String> action = Arbitraries.of("register", "roster", "roster;ibr=y", "register;name=Zed");
        return Combinators.combine(jid, action, token).as((j, a, t) -> a.contains(";")
                ? "xmpp:" + j + "?" + a.substring(0, a.indexOf(';')) + ";preauth=" + t + a.substring(a.indexOf(';'))
                : "xmpp:" + j + "?" + a + ";preauth=" + t);
    }

    /** A timestamp {@code OffsetDateTime.parse} reads, in UTC or another offset, with or without a fraction. */
    static Arbitrary<String> timestamp() {
        Arbitrary<Instant> instant = Arbitraries.longs().between(-2_000_000_000L, 7_000_000_000L)
                .flatMap(seconds -> Arbitraries.of(0, 250_000_000, 123_456_789)
                        .map(nanos -> Instant.ofEpochSecond(seconds, nanos)));
        Arbitrary<ZoneOffset> offset = Arbitraries.of(ZoneOffset.UTC, ZoneOffset.ofHours(2),
                ZoneOffset.ofHoursMinutes(-9, -30), ZoneOffset.MAX, ZoneOffset.MIN);
        return Combinators.combine(instant, offset).as((i, o) -> OffsetDateTime.ofInstant(i, o).toString());
    }

    /** Anything a server might put in a field: good values of every field, broken ones, odd and huge text. */
    static Arbitrary<String> anyValue() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, inviteUri()),
                Tuple.of(1, inviteUri().flatMap(OddText::injectedInto)),
                Tuple.of(2, timestamp()),
                Tuple.of(2, Arbitraries.of(BAD_TIMESTAMPS)),
                Tuple.of(2, Arbitraries.of("https://invite.example.org/T0k3n", "HTTPS://EXAMPLE.ORG/i", "http://x/",
                        "https://", "xmpp:", "xmpp:?register;preauth=T", "xmpp:localhost?register;preauth=%zz",
                        "xmpp:localhost?register;preauth=", "account", "contact", "password-reset", INVITATION)),
                Tuple.of(4, OddText.any()));
    }

    /** A field named like one the parsers read, or like anything else, holding up to three values of any kind. */
    static Arbitrary<FormField> anyField() {
        Arbitrary<String> var = Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.of(KNOWN_VARS)),
                Tuple.of(1, OddText.mixed()));
        Arbitrary<FieldType> type = Arbitraries.of(FieldType.class);
        return Combinators.combine(var, type, anyValue().list().ofMaxSize(3))
                .as((v, t, values) -> FormField.of(v, t, null, values.toArray(String[]::new)));
    }

    /** A field no parser reads, such as a note or a server's own addition. */
    static Arbitrary<FormField> noiseField() {
        return Combinators.combine(OddText.mixed().filter(v -> !KNOWN_VARS.contains(v)), anyValue())
                .as((v, value) -> FormField.of(v, FieldType.TEXT_SINGLE, "Noise", value));
    }

    /** The FORM_TYPE field a result may carry: none, XEP-0401's, or a wrong one. */
    static Arbitrary<List<FormField>> formTypeField() {
        return Arbitraries.of("", INVITATION, "jabber:iq:register", "urn:xmpp:invite#invitation ", "urn:xmpp:inv",
                "http://jabber.org/protocol/admin", "\u202Eurn:xmpp:invite#invitation", "\u0000")
                .map(value -> value.isEmpty() ? List.of()
                        : List.of(FormField.of(XDataForm.FORM_TYPE, FieldType.HIDDEN, null, value)));
    }

    /** Notes that do not report an error. */
    static Arbitrary<List<CommandNote>> harmlessNotes() {
        return Combinators.combine(Arbitraries.of(CommandNote.Severity.INFO, CommandNote.Severity.WARN),
                OddText.any()).as(CommandNote::new).list().ofMaxSize(2);
    }

    /** A whole answer of any shape: any status, notes, form type and fields, or no form at all. */
    static Arbitrary<CommandStep> anyStep() {
        Arbitrary<List<CommandNote>> notes = Combinators.combine(Arbitraries.of(CommandNote.Severity.class),
                OddText.any()).as(CommandNote::new).list().ofMaxSize(2);
        Arbitrary<XDataForm> form = Combinators.combine(Arbitraries.of("form", "result", "", "submit", "RESULT",
                "\u0007"), anyField().list().ofMaxSize(8)).as(XDataForm::of).injectNull(0.1);
        return Combinators.combine(Arbitraries.of(CommandStatus.class), notes, form, Arbitraries.of(
                "urn:xmpp:invite#create-account", "urn:xmpp:invite#invite", "urn:example:other", ""))
                .as((status, n, f, node) -> new CommandStep(node, "s1", status, List.of(), null, n, f));
    }

    /** A completed answer holding exactly these fields, in a {@code result} form. */
    static CommandStep completed(List<FormField> fields) {
        return new CommandStep("urn:xmpp:invite#create-account", "s1", CommandStatus.COMPLETED, List.of(), null,
                List.of(), XDataForm.of("result", fields));
    }

    static List<FormField> concat(List<FormField> first, List<FormField> second) {
        List<FormField> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
