package org.invitemanager.settings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;
import org.invitemanager.domain.LoginRequest;
import org.invitemanager.domain.TlsMode;

/**
 * The server profiles, in {@code profiles.properties} in the config folder, and which one was used last. A damaged
 * file is moved aside, never rewritten, so a person can still rescue it; the app then starts with no profiles.
 * The single login of earlier versions ({@code last-login.properties}) becomes the first profile.
 */
public final class ProfileStore {

    private static final Logger LOG = Logger.getLogger(ProfileStore.class.getName());
    static final String FILE_NAME = "profiles.properties";
    private static final String LEGACY_FILE_NAME = "last-login.properties";
    private static final String COMMENT = "Invite Manager: server profiles (passwords are never stored here)";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final Path file;
    private final Path legacyFile;
    private final Clock clock;
    private List<ServerProfile> profiles;
    private String lastUsedId;
    /** Set when a damaged file could not be moved aside: writing would destroy it. */
    private boolean damagedInPlace;

    /** What {@link #load()} found. */
    public record Loaded(List<ServerProfile> profiles, Optional<String> lastUsedId, Optional<Damage> damage) { }

    /**
     * A profile file that could not be read.
     *
     * @param file    where it was
     * @param movedTo where it is now, or null when it could not be moved and so stays where it was
     * @param detail  what was wrong, for the log
     */
    public record Damage(Path file, Path movedTo, String detail) { }

    public ProfileStore(Path configDir, Clock clock) {
        this.file = configDir.resolve(FILE_NAME);
        this.legacyFile = configDir.resolve(LEGACY_FILE_NAME);
        this.clock = clock;
    }

    public ProfileStore(Path configDir) {
        this(configDir, Clock.systemUTC());
    }

    /** Reads the profiles; never throws, since the login screen must come up whatever the file holds. */
    public synchronized Loaded load() {
        damagedInPlace = false;
        if (!Files.exists(file)) {
            profiles = migrateLegacy().map(List::of).orElse(List.of());
            lastUsedId = profiles.isEmpty() ? null : profiles.get(0).id();
            return new Loaded(profiles, Optional.ofNullable(lastUsedId), Optional.empty());
        }
        try {
            ProfileFile.Contents contents = ProfileFile.decode(OwnerOnlyFiles.read(file));
            profiles = contents.profiles();
            lastUsedId = contents.lastUsedId();
            return new Loaded(profiles, Optional.ofNullable(lastUsedId), Optional.empty());
        } catch (IOException | IllegalArgumentException e) {
            profiles = List.of();
            lastUsedId = null;
            return new Loaded(profiles, Optional.empty(), Optional.of(setAside(e)));
        }
    }

    /** Adds the profile, or replaces the one with its id, and makes it the last used. */
    public synchronized void saveUsed(ServerProfile profile) throws IOException {
        Objects.requireNonNull(profile, "profile");
        List<ServerProfile> updated = new ArrayList<>(loaded());
        int index = indexOf(updated, profile.id());
        if (index >= 0) {
            updated.set(index, profile);
        } else {
            updated.add(profile);
        }
        write(updated, profile.id());
    }

    /** Removes the profile with this id; unknown ids change nothing. */
    public synchronized void delete(String id) throws IOException {
        List<ServerProfile> updated = new ArrayList<>(loaded());
        int index = indexOf(updated, id);
        if (index >= 0) {
            updated.remove(index);
            write(updated, id.equals(lastUsedId) ? null : lastUsedId);
        }
    }

    private List<ServerProfile> loaded() {
        if (profiles == null) {
            load();
        }
        return profiles;
    }

    private void write(List<ServerProfile> updated, String newLastUsed) throws IOException {
        if (damagedInPlace) {
            throw new IOException("the damaged profile file could not be moved aside, so it is not overwritten: "
                    + file);
        }
        OwnerOnlyFiles.write(file, ProfileFile.encode(updated, newLastUsed), COMMENT);
        // A last login that could not be migrated earlier is part of the profiles now.
        Files.deleteIfExists(legacyFile);
        profiles = List.copyOf(updated);
        lastUsedId = newLastUsed;
    }

    private Damage setAside(Exception cause) {
        String detail = cause.getClass().getSimpleName() + ": " + cause.getMessage();
        String stamp = STAMP.format(clock.instant());
        Path aside = file.resolveSibling(FILE_NAME + ".corrupt-" + stamp);
        for (int n = 2; Files.exists(aside); n++) {
            aside = file.resolveSibling(FILE_NAME + ".corrupt-" + stamp + "-" + n);
        }
        try {
            OwnerOnlyFiles.moveAside(file, aside);
            Path movedTo = aside;
            LOG.warning(() -> "moved the unreadable " + FILE_NAME + " aside to " + movedTo + " (" + detail + ")");
            return new Damage(file, aside, detail);
        } catch (IOException e) {
            damagedInPlace = true;
            LOG.warning(() -> "cannot read or move aside " + file + " (" + detail + "): " + e);
            return new Damage(file, null, detail);
        }
    }

    /** The single login that versions before profiles remembered, as a first profile; dropped once copied. */
    private Optional<ServerProfile> migrateLegacy() {
        if (!Files.exists(legacyFile)) {
            return Optional.empty();
        }
        ServerProfile profile;
        try {
            Properties p = OwnerOnlyFiles.read(legacyFile);
            String jid = p.getProperty("jid", "").strip();
            if (jid.indexOf('@') <= 0) {
                throw new IllegalArgumentException("no JID");
            }
            int port = Integer.parseInt(p.getProperty("port", "0").strip());
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port out of range");
            }
            TlsMode tls = TlsMode.valueOf(p.getProperty("tls", TlsMode.STARTTLS.name()).strip());
            profile = ServerProfile.create("", new LoginRequest(jid, p.getProperty("host"), port, tls));
        } catch (IOException | IllegalArgumentException e) {
            LOG.warning(() -> "ignoring unreadable " + LEGACY_FILE_NAME + ": " + e.getClass().getSimpleName());
            return Optional.empty();
        }
        try {
            OwnerOnlyFiles.write(file, ProfileFile.encode(List.of(profile), profile.id()), COMMENT);
            Files.delete(legacyFile);
        } catch (IOException e) {
            // The form is still filled from it; the copy is tried again at the next start.
            LOG.warning(() -> "cannot move the last login into " + FILE_NAME + ": " + e.getClass().getSimpleName());
        }
        return Optional.of(profile);
    }

    private static int indexOf(List<ServerProfile> list, String id) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
