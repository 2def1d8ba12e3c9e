package org.invitemanager.ui.login;

import org.invitemanager.settings.ServerProfile;
import org.invitemanager.ui.Texts;

/**
 * One entry of the server picker: a stored profile, or {@link #NEW} for a server not stored yet.
 *
 * @param profile the stored profile, or null for the "New server…" entry
 */
public record ProfileChoice(ServerProfile profile) {

    public static final ProfileChoice NEW = new ProfileChoice(null);

    public boolean isNew() {
        return profile == null;
    }

    public String label() {
        return profile == null ? Texts.get("login.profile.new") : profile.label();
    }
}
