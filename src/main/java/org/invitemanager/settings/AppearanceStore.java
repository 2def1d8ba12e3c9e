package org.invitemanager.settings;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Properties;
import java.util.logging.Logger;
import org.invitemanager.desktop.ThemeChoice;

/** The admin's theme choice, in the config dir. An unreadable file means "follow the desktop". */
public final class AppearanceStore {

    private static final Logger LOG = Logger.getLogger(AppearanceStore.class.getName());

    private final Path file;

    public AppearanceStore(Path configDir) {
        this.file = configDir.resolve("appearance.properties");
    }

    public ThemeChoice load() {
        try {
            return ThemeChoice.valueOf(OwnerOnlyFiles.read(file).getProperty("theme", ThemeChoice.SYSTEM.name()));
        } catch (IOException | IllegalArgumentException e) {
            LOG.warning(() -> "ignoring unreadable " + file.getFileName() + ": " + e.getClass().getSimpleName());
            return ThemeChoice.SYSTEM;
        }
    }

    public void save(ThemeChoice choice) throws IOException {
        Properties p = new Properties();
        p.setProperty("theme", choice.name());
        OwnerOnlyFiles.write(file, p, "Invite Manager: appearance");
    }
}
