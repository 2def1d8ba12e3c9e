package org.invitemanager.settings;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * The certificate fingerprints an admin chose to trust, one per server domain, in an owner-only file in the data
 * folder. Profiles for the same domain share its pin.
 */
public final class CertificatePinStore {

    private static final Logger LOG = Logger.getLogger(CertificatePinStore.class.getName());

    private final Path file;

    public CertificatePinStore(Path dataDir) {
        this.file = dataDir.resolve("certificate-pins.properties");
    }

    public synchronized Optional<String> pinFor(String server) {
        try {
            return Optional.ofNullable(OwnerOnlyFiles.read(file).getProperty(key(server)));
        } catch (IOException | IllegalArgumentException e) {
            // Without its pins the app asks again rather than trusting more than before.
            LOG.warning(() -> "cannot read certificate pins: " + e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    public synchronized void pin(String server, String sha256) throws IOException {
        Properties pins = readForUpdate();
        pins.setProperty(key(server), sha256);
        OwnerOnlyFiles.write(file, pins, "Invite Manager: trusted server certificates (SHA-256)");
    }

    /** Drops the server's pin, so the next login shows its certificate for review again. */
    public synchronized void forget(String server) throws IOException {
        Properties pins = readForUpdate();
        if (pins.remove(key(server)) != null) {
            OwnerOnlyFiles.write(file, pins, "Invite Manager: trusted server certificates (SHA-256)");
        }
    }

    /** The pins, or an error that stops the update: rewriting a damaged file would silently drop other pins. */
    private Properties readForUpdate() throws IOException {
        try {
            return OwnerOnlyFiles.read(file);
        } catch (IllegalArgumentException e) {
            throw new IOException("the file of trusted certificates is damaged: " + file, e);
        }
    }

    private static String key(String server) {
        return server.toLowerCase(Locale.ROOT);
    }
}
