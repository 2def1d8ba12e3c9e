package org.invitemanager.ui.login;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.invitemanager.ui.Texts;
import org.junit.jupiter.api.Test;

/** The login screen's words: each key exists, and each survives MessageFormat as written. */
class LoginTextsTest {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.invitemanager.ui.messages", Locale.ROOT);

    @Test
    void everyLoginTextFormatsWithoutLosingCharacters() {
        List<String> keys = BUNDLE.keySet().stream().filter(key -> key.startsWith("login.")).sorted().toList();
        assertTrue(keys.size() > 50, keys.toString());
        for (String key : keys) {
            String pattern = BUNDLE.getString(key);
            // MessageFormat drops a lone ASCII apostrophe and everything it quotes.
            assertFalse(pattern.contains("'"), key + " uses ' instead of ’");
            String shown = Texts.format(key, "ARG0", "ARG1");
            assertFalse(shown.startsWith("!"), key);
            assertTrue(shown.replace("ARG0", "{0}").replace("ARG1", "{1}").equals(pattern), key + ": " + shown);
        }
    }
}
