package org.invitemanager.settings;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the app keeps its files. A packaged app may hand in {@code invitemanager.config.dir} and
 * {@code invitemanager.data.dir}; otherwise the XDG base directories apply, with their documented fallbacks.
 *
 * @param configDir settings such as the last login
 * @param dataDir   state such as certificate pins
 */
public record AppPaths(Path configDir, Path dataDir) {

    private static final String APP = "invite-manager";

    public static AppPaths fromEnvironment() {
        return resolve(System.getenv(), System.getProperty("user.home"),
                System.getProperty("invitemanager.config.dir"), System.getProperty("invitemanager.data.dir"));
    }

    static AppPaths resolve(Map<String, String> env, String home, String configOverride, String dataOverride) {
        Path config = configOverride != null ? Path.of(configOverride)
                : xdg(env.get("XDG_CONFIG_HOME"), home, ".config").resolve(APP);
        Path data = dataOverride != null ? Path.of(dataOverride)
                : xdg(env.get("XDG_DATA_HOME"), home, ".local/share").resolve(APP);
        return new AppPaths(config, data);
    }

    private static Path xdg(String value, String home, String fallback) {
        // The XDG spec says relative paths are invalid and must be ignored.
        if (value != null && !value.isBlank() && Path.of(value).isAbsolute()) {
            return Path.of(value);
        }
        return Path.of(home, fallback);
    }
}
