package org.invitemanager.ui;

/** The screens of the main window. */
public enum Page {
    LOGIN,
    INVITES
}
