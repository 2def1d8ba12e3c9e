package org.invitemanager.settings;

import java.util.Objects;
import java.util.UUID;
import org.invitemanager.domain.LoginRequest;

/**
 * A server the admin logs in to: how to reach it and as whom, under a name of the admin's choice. The password is
 * not part of it; a remembered one sits in the OS keyring under {@link #id()}. The trusted certificate stays in
 * {@link CertificatePinStore}, filed under the JID's domain.
 *
 * @param id          stable and unique, so a renamed profile keeps its keyring entry
 * @param displayName the admin's name for it, or empty to show the JID's domain
 * @param login       JID, host, port and TLS mode
 */
public record ServerProfile(String id, String displayName, LoginRequest login) {

    public ServerProfile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(login, "login");
        if (id.isBlank()) {
            throw new IllegalArgumentException("a profile needs an id");
        }
        displayName = displayName == null ? "" : displayName.strip();
    }

    /** A profile that has not been stored before, with a fresh random id. */
    public static ServerProfile create(String displayName, LoginRequest login) {
        return new ServerProfile(UUID.randomUUID().toString(), displayName, login);
    }

    /** What the picker shows: the chosen name, else the domain. */
    public String label() {
        return displayName.isEmpty() ? login.domain() : displayName;
    }

    public ServerProfile with(String newDisplayName, LoginRequest newLogin) {
        return new ServerProfile(id, newDisplayName, newLogin);
    }
}
