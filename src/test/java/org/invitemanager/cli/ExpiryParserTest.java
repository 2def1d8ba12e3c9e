package org.invitemanager.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code --expires}: a number with a unit, or seconds. */
class ExpiryParserTest {

    @TempDir
    Path dataDir;

    @ParameterizedTest(name = "{0} = {1} s")
    @CsvSource({"30m, 1800", "12h, 43200", "7d, 604800", "2w, 1209600", "90, 90", "45s, 45", "' 7D ', 604800",
        "1 h, 3600", "0, 0"})
    void readsEveryUnit(String text, long seconds) {
        assertEquals(Duration.ofSeconds(seconds), ExpiryParser.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "7x", "-5m", "1.5h", "d", "h12", "7dd", "1000000000000d"})
    void refusesAnythingElseNamingTheFormsItTakes(String text) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> ExpiryParser.parse(text));

        assertTrue(refused.getMessage().contains("such as 30m, 12h, 7d or 2w"), refused.getMessage());
    }

    @Test
    void aBadValueOnTheCommandLineIsAUsageError() {
        CliHarness cli = new CliHarness(dataDir);

        CliHarness.Result result = cli.run("create", "--jid", "a@example.org", "--expires", "tomorrow");

        assertEquals(ExitCodes.USAGE, result.code());
        assertTrue(result.err().contains("Invalid value for option '--expires': 'tomorrow' is not a duration"),
                result.err());
    }

    @Test
    void lengthsTheAppWouldRefuseAreRefusedHereToo() {
        CliHarness cli = new CliHarness(dataDir);

        CliHarness.Result zero = cli.run("create", "--jid", "a@example.org", "--expires", "0");
        CliHarness.Result tooLong = cli.run("create", "--jid", "a@example.org", "--expires", "600w");

        assertEquals(ExitCodes.USAGE, zero.code());
        assertTrue(zero.err().contains("at least one second"), zero.err());
        assertEquals(ExitCodes.USAGE, tooLong.code());
        assertTrue(tooLong.err().contains("at most ten years"), tooLong.err());
    }
}
