package org.invitemanager.ui.app;

import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Every keyboard shortcut the app has, in one place: the views match key presses against these, and the help overlay
 * lists them, so the two cannot drift apart.
 */
public enum Shortcut {
    NEW_ACCOUNT_INVITE(Group.INVITES, "shortcut.newAccountInvite", ctrl(KeyCode.N)),
    NEW_CONTACT_INVITE(Group.INVITES, "shortcut.newContactInvite", ctrlShift(KeyCode.N)),
    COPY_LINK(Group.INVITES, "shortcut.copyLink", ctrlShift(KeyCode.C)),
    FULL_SCREEN(Group.INVITES, "shortcut.fullScreen", key(KeyCode.F11)),
    PRINT(Group.INVITES, "shortcut.print", ctrl(KeyCode.P)),
    REFRESH(Group.INVITES, "shortcut.refresh", key(KeyCode.F5), ctrl(KeyCode.R)),
    FIND(Group.INVITES, "shortcut.find", ctrl(KeyCode.F)),
    REVOKE(Group.INVITES, "shortcut.revoke", key(KeyCode.DELETE)),
    TABS(Group.WINDOW, "shortcut.tabs", ctrl(KeyCode.DIGIT1), ctrl(KeyCode.DIGIT2), ctrl(KeyCode.DIGIT3),
            ctrl(KeyCode.DIGIT4), ctrl(KeyCode.DIGIT5)),
    SHORTCUTS(Group.WINDOW, "shortcut.shortcuts", key(KeyCode.F1), ctrl(KeyCode.SLASH)),
    MENU(Group.WINDOW, "shortcut.menu", key(KeyCode.F10)),
    QUIT(Group.WINDOW, "shortcut.quit", ctrl(KeyCode.Q)),
    NEXT_INVITE(Group.FULL_SCREEN, "shortcut.nextInvite", key(KeyCode.RIGHT), key(KeyCode.SPACE),
            key(KeyCode.PAGE_DOWN)),
    PREVIOUS_INVITE(Group.FULL_SCREEN, "shortcut.previousInvite", key(KeyCode.LEFT), key(KeyCode.PAGE_UP)),
    LEAVE(Group.FULL_SCREEN, "shortcut.leave", key(KeyCode.ESCAPE));

    /** The headings of the help overlay, in order. */
    public enum Group {
        INVITES("shortcut.group.invites"),
        WINDOW("shortcut.group.window"),
        FULL_SCREEN("shortcut.group.fullScreen");

        private final String textKey;

        Group(String textKey) {
            this.textKey = textKey;
        }

        public String textKey() {
            return textKey;
        }
    }

    private final Group group;
    private final String textKey;
    private final List<KeyCombination> keys;

    Shortcut(Group group, String textKey, KeyCombination... keys) {
        this.group = group;
        this.textKey = textKey;
        this.keys = List.of(keys);
    }

    public boolean matches(KeyEvent event) {
        return keys.stream().anyMatch(key -> key.match(event));
    }

    public Group group() {
        return group;
    }

    public String textKey() {
        return textKey;
    }

    public List<KeyCombination> keys() {
        return keys;
    }

    private static KeyCombination key(KeyCode code) {
        return new KeyCodeCombination(code);
    }

    private static KeyCombination ctrl(KeyCode code) {
        // SHORTCUT is Ctrl on Linux and Windows and ⌘ on macOS, as users of each expect.
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }

    private static KeyCombination ctrlShift(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    }
}
