package org.invitemanager.desktop;

/** Light or dark, as the app is drawn. */
public enum ColorScheme {
    LIGHT,
    DARK
}
