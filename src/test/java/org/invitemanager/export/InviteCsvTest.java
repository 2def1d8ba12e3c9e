package org.invitemanager.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.invitemanager.domain.Invite;
import org.invitemanager.domain.InviteKind;
import org.invitemanager.domain.LabelledInvite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class InviteCsvTest {

    private static final Invite WITH_PAGE = new Invite(InviteKind.ACCOUNT, "xmpp:example.org?register;preauth=Tk1",
            "https://example.org/invite/Tk1", Instant.parse("2026-12-01T18:00:00Z"), "id-1");
    private static final Invite WITHOUT_PAGE = new Invite(InviteKind.CONTACT,
            "xmpp:admin@example.org?roster;preauth=Tk2;ibr=y", null, null, null);

    @TempDir
    Path dir;

    @Test
    void headerThenOneRowPerInviteWithCrlfLineEnds() {
        String csv = InviteCsv.toCsv(List.of(new LabelledInvite("Workshop 7", WITH_PAGE),
                new LabelledInvite("Front desk", WITHOUT_PAGE)));

        assertEquals("label,link,expiry,id\r\n"
                + "Workshop 7,https://example.org/invite/Tk1,2026-12-01T18:00:00Z,id-1\r\n"
                + "Front desk,xmpp:admin@example.org?roster;preauth=Tk2;ibr=y,,\r\n", csv);
    }

    @Test
    void noInvitesGiveJustTheHeader() {
        assertEquals("label,link,expiry,id\r\n", InviteCsv.toCsv(List.of()));
    }

    static Stream<Arguments> quotedFields() {
        return Stream.of(
                Arguments.of("Smith, Jane", "\"Smith, Jane\""),
                Arguments.of("The \"big\" room", "\"The \"\"big\"\" room\""),
                Arguments.of("\"", "\"\"\"\""),
                Arguments.of("two\nlines", "\"two\nlines\""),
                Arguments.of("carriage\rreturn", "\"carriage\rreturn\""),
                Arguments.of("plain text", "plain text"),
                Arguments.of(" padded ", " padded "),
                Arguments.of("ünïcødé 東京 🎉", "ünïcødé 東京 🎉"),
                Arguments.of("'", "'"),
                Arguments.of("", ""));
    }

    static Stream<Arguments> formulaFields() {
        return Stream.of(
                Arguments.of("=HYPERLINK(\"http://evil\")", "\"'=HYPERLINK(\"\"http://evil\"\")\""),
                Arguments.of("+1 555 0100", "'+1 555 0100"),
                Arguments.of("-2+3", "'-2+3"),
                Arguments.of("@SUM(A1)", "'@SUM(A1)"),
                Arguments.of("\t=1", "'\t=1"),
                Arguments.of("\r=1", "\"'\r=1\""),
                Arguments.of("a=b", "a=b"),
                Arguments.of("=1,2", "\"'=1,2\""));
    }

    @ParameterizedTest
    @MethodSource("quotedFields")
    void fieldsAreQuotedAsRfc4180Asks(String value, String expected) {
        assertEquals(expected, InviteCsv.field(value));
    }

    @ParameterizedTest
    @MethodSource("formulaFields")
    void fieldsSpreadsheetsWouldRunAsFormulasBecomeText(String value, String expected) {
        assertEquals(expected, InviteCsv.field(value));
    }

    @Test
    void labelAndIdAreDefusedButLinksAreLeftAlone() {
        Invite invite = new Invite(InviteKind.ACCOUNT, "xmpp:example.org?register;preauth=-Tk",
                "https://example.org/invite/-Tk,x", null, "-Tk");

        String row = InviteCsv.toCsv(List.of(new LabelledInvite("=cmd|' /C calc'!A0", invite))).split("\r\n")[1];

        assertEquals("'=cmd|' /C calc'!A0,\"https://example.org/invite/-Tk,x\",,'-Tk", row);
    }

    @Test
    void writtenFileIsUtf8WithoutByteOrderMarkAndReplacesTheOldOne() throws IOException {
        Path file = dir.resolve("invites.csv");
        Files.writeString(file, "old contents that are longer than the new ones would ever be, surely");
        List<LabelledInvite> invites = List.of(new LabelledInvite("Café 東京", WITH_PAGE));

        InviteCsv.write(invites, file);

        byte[] bytes = Files.readAllBytes(file);
        assertArrayEquals(InviteCsv.toCsv(invites).getBytes(StandardCharsets.UTF_8), bytes);
        assertEquals('l', bytes[0], "no byte order mark");
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("invites.csv"), files.map(p -> p.getFileName().toString()).toList());
        }
    }
}
