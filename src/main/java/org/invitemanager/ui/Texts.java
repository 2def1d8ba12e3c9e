package org.invitemanager.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The app's words, from {@code messages.properties} (English) and whatever translations sit beside it.
 * Every value goes through {@link MessageFormat}, so the rules are the same with or without arguments: apostrophes are
 * written as the typographic ’, and braces only for arguments.
 */
public final class Texts {

    static final String BUNDLE = "org.invitemanager.ui.messages";

    private Texts() {
    }

    public static String get(String key) {
        return format(key);
    }

    public static String format(String key, Object... args) {
        Locale locale = Locale.getDefault(Locale.Category.FORMAT);
        return new MessageFormat(pattern(key), locale).format(args);
    }

    private static String pattern(String key) {
        try {
            return ResourceBundle.getBundle(BUNDLE, Locale.getDefault(Locale.Category.DISPLAY)).getString(key);
        } catch (MissingResourceException e) {
            // A missing word must not take a screen down; the key shows where the gap is.
            return "!" + key + "!";
        }
    }
}
