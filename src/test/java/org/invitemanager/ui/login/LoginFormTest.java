package org.invitemanager.ui.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.invitemanager.domain.LoginRequest;
import org.invitemanager.domain.TlsMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LoginFormTest {

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void emptyJidAsksForOne(String jid) {
        LoginForm.Result result = LoginForm.validate(jid, "secret", "", "", TlsMode.STARTTLS);

        assertRejected(result);
        assertEquals("Enter your JID, such as admin@example.org.", result.error());
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin", "admin@", "@example.org", "admin@example.org/laptop", "a@b@example.org"})
    void jidThatIsNotABareJidIsRejected(String jid) {
        LoginForm.Result result = LoginForm.validate(jid, "secret", "", "", TlsMode.STARTTLS);

        assertRejected(result);
        assertTrue(result.error().contains("is not a JID"), result.error());
        assertTrue(result.error().contains("admin@example.org"), result.error());
    }

    @Test
    void jidWithSpacesInsideIsRejected() {
        LoginForm.Result result = LoginForm.validate("ad min@example.org", "secret", "", "", TlsMode.STARTTLS);

        assertRejected(result);
        assertTrue(result.error().contains("\"ad min@example.org\" is not a JID"), result.error());
    }

    @ParameterizedTest
    @NullAndEmptySource
    void emptyPasswordAsksForIt(String password) {
        LoginForm.Result result = LoginForm.validate("admin@example.org", password, "", "", TlsMode.STARTTLS);

        assertRejected(result);
        assertEquals("Enter the password.", result.error());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "70000", "abc", "-1", "65536", "52 22"})
    void portOutsideOneTo65535IsRejected(String port) {
        LoginForm.Result result = LoginForm.validate("admin@example.org", "secret", "", port, TlsMode.STARTTLS);

        assertRejected(result);
        assertEquals("The port must be a number from 1 to 65535.", result.error());
    }

    @Test
    void emptyPortMeansTheDefault() {
        LoginForm.Result result = LoginForm.validate("admin@example.org", "secret", "", "", TlsMode.STARTTLS);

        assertTrue(result.ok(), result.error());
        assertEquals(0, result.request().port());
        assertEquals(5222, result.request().effectivePort());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "5222", "65535", " 5223 "})
    void portsInRangeAreAccepted(String port) {
        LoginForm.Result result = LoginForm.validate("admin@example.org", "secret", "", port, TlsMode.STARTTLS);

        assertTrue(result.ok(), result.error());
        assertEquals(Integer.parseInt(port.strip()), result.request().port());
    }

    @ParameterizedTest
    @ValueSource(strings = {"my host", "xmpp.example.org/path", "host;rm -rf", "héllo.example"})
    void hostThatIsNoHostNameIsRejected(String host) {
        LoginForm.Result result = LoginForm.validate("admin@example.org", "secret", host, "", TlsMode.STARTTLS);

        assertRejected(result);
        assertTrue(result.error().contains("is not a host name or address"), result.error());
    }

    @ParameterizedTest
    @ValueSource(strings = {"xmpp.example.org", "127.0.0.1", "[::1]", "::1", "my-server"})
    void hostNamesAndAddressesAreAccepted(String host) {
        LoginForm.Result result = LoginForm.validate("admin@example.org", "secret", host, "", TlsMode.STARTTLS);

        assertTrue(result.ok(), result.error());
        assertEquals(host, result.request().host());
    }

    @Test
    void validRequestIsLowercasedAndTrimmed() {
        LoginForm.Result result = LoginForm.validate("  Admin@Example.ORG ", "S3cret!", "  xmpp.example.org\t",
                "5223", TlsMode.DIRECT_TLS);

        assertTrue(result.ok(), result.error());
        assertNull(result.error());
        assertEquals(new LoginRequest("admin@example.org", "xmpp.example.org", 5223, TlsMode.DIRECT_TLS),
                result.request());
    }

    @Test
    void blankHostMeansNoHostOverride() {
        LoginForm.Result result = LoginForm.validate("admin@localhost", "secret", "   ", "", TlsMode.STARTTLS);

        assertTrue(result.ok(), result.error());
        assertNull(result.request().host());
    }

    @Test
    void everyErrorIsOneHumanSentence() {
        String[] errors = {
            LoginForm.validate("", "secret", "", "", TlsMode.STARTTLS).error(),
            LoginForm.validate("admin", "secret", "", "", TlsMode.STARTTLS).error(),
            LoginForm.validate("admin@example.org", "", "", "", TlsMode.STARTTLS).error(),
            LoginForm.validate("admin@example.org", "secret", "bad host", "", TlsMode.STARTTLS).error(),
            LoginForm.validate("admin@example.org", "secret", "", "abc", TlsMode.STARTTLS).error(),
        };
        for (String error : errors) {
            assertTrue(error != null && !error.isBlank(), "an error is given");
            String first = error.startsWith("\"") ? error.substring(1) : error;
            assertTrue(Character.isLetter(first.charAt(0)), error);
            assertTrue(error.startsWith("\"") || Character.isUpperCase(error.charAt(0)), error);
            assertTrue(error.endsWith("."), error);
            assertFalse(error.contains("Exception"), error);
            assertFalse(error.contains("null"), error);
            assertFalse(error.contains("\n"), error);
        }
    }

    private static void assertRejected(LoginForm.Result result) {
        assertFalse(result.ok());
        assertNull(result.request());
    }
}
