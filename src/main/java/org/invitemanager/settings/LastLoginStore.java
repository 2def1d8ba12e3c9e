package org.invitemanager.settings;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;
import org.invitemanager.domain.LoginRequest;
import org.invitemanager.domain.TlsMode;

/** Remembers the last successful login's JID, host, port and TLS mode. The password is never written. */
public final class LastLoginStore {

    private static final Logger LOG = Logger.getLogger(LastLoginStore.class.getName());

    private final Path file;

    public LastLoginStore(Path configDir) {
        this.file = configDir.resolve("last-login.properties");
    }

    /** The remembered login, or empty when there is none or the file cannot be read. */
    public Optional<LoginRequest> load() {
        try {
            Properties p = OwnerOnlyFiles.read(file);
            String jid = p.getProperty("jid");
            if (jid == null || jid.isBlank()) {
                return Optional.empty();
            }
            int port = Integer.parseInt(p.getProperty("port", "0"));
            TlsMode tls = TlsMode.valueOf(p.getProperty("tls", TlsMode.STARTTLS.name()));
            return Optional.of(new LoginRequest(jid, p.getProperty("host"), port, tls));
        } catch (IOException | IllegalArgumentException e) {
            LOG.warning(() -> "ignoring unreadable " + file.getFileName() + ": " + e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    public void save(LoginRequest request) throws IOException {
        Properties p = new Properties();
        p.setProperty("jid", request.jid());
        if (request.host() != null) {
            p.setProperty("host", request.host());
        }
        p.setProperty("port", Integer.toString(request.port()));
        p.setProperty("tls", request.tls().name());
        OwnerOnlyFiles.write(file, p, "Invite Manager: last login (no password is stored)");
    }
}
