package org.invitemanager.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.Test;

class ShortcutTest {

    @Test
    void noTwoShortcutsShareAKeyAndEachIsDescribed() {
        Map<KeyCombination, Shortcut> seen = new HashMap<>();
        ResourceBundle words = ResourceBundle.getBundle("org.invitemanager.ui.messages");
        for (Shortcut shortcut : Shortcut.values()) {
            for (KeyCombination key : shortcut.keys()) {
                Shortcut before = seen.put(key, shortcut);
                assertEquals(null, before, key + " is used by " + before + " and " + shortcut);
            }
            assertTrue(words.containsKey(shortcut.textKey()), shortcut.textKey());
            assertTrue(words.containsKey(shortcut.group().textKey()), shortcut.group().textKey());
        }
    }

    @Test
    void theIssuesShortcutsAreAllThere() {
        assertEquals("Ctrl+N", Shortcut.NEW_ACCOUNT_INVITE.keys().get(0).getDisplayText());
        assertEquals("Ctrl+Shift+N", Shortcut.NEW_CONTACT_INVITE.keys().get(0).getDisplayText());
        assertEquals("Ctrl+Shift+C", Shortcut.COPY_LINK.keys().get(0).getDisplayText());
        assertEquals("F11", Shortcut.FULL_SCREEN.keys().get(0).getDisplayText());
        assertEquals("F5", Shortcut.REFRESH.keys().get(0).getDisplayText());
        assertEquals("F1", Shortcut.SHORTCUTS.keys().get(0).getDisplayText());
    }
}
