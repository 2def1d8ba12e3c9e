package org.invitemanager.settings;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the app keeps its files. A packaged app may hand in {@code invitemanager.config.dir} and
 * {@code invitemanager.data.dir}; otherwise each platform's own place applies: the XDG base directories on Linux and
 * other Unix systems, {@code %APPDATA%} and {@code %LOCALAPPDATA%} on Windows, and Application Support on macOS.
 *
 * @param configDir settings such as the server profiles
 * @param dataDir   state such as certificate pins and the invite history
 */
public record AppPaths(Path configDir, Path dataDir) {

    private static final String UNIX_NAME = "invite-manager";
    private static final String DISPLAY_NAME = "Invite Manager";

    public static AppPaths fromEnvironment() {
        return resolve(System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home"),
                System.getProperty("invitemanager.config.dir"), System.getProperty("invitemanager.data.dir"));
    }

    static AppPaths resolve(String osName, Map<String, String> env, String home, String configOverride,
                            String dataOverride) {
        AppPaths platform = platform(osName.toLowerCase(Locale.ROOT), env, home);
        return new AppPaths(configOverride != null ? Path.of(configOverride) : platform.configDir(),
                dataOverride != null ? Path.of(dataOverride) : platform.dataDir());
    }

    private static AppPaths platform(String os, Map<String, String> env, String home) {
        if (os.startsWith("windows")) {
            // Settings roam with the Windows profile; pins and the invite history stay on this machine.
            return new AppPaths(fromEnv(env.get("APPDATA"), home, "AppData/Roaming").resolve(DISPLAY_NAME),
                    fromEnv(env.get("LOCALAPPDATA"), home, "AppData/Local").resolve(DISPLAY_NAME));
        }
        if (os.startsWith("mac")) {
            Path support = Path.of(home, "Library", "Application Support", DISPLAY_NAME);
            return new AppPaths(support, support);
        }
        return new AppPaths(fromEnv(env.get("XDG_CONFIG_HOME"), home, ".config").resolve(UNIX_NAME),
                fromEnv(env.get("XDG_DATA_HOME"), home, ".local/share").resolve(UNIX_NAME));
    }

    private static Path fromEnv(String value, String home, String fallback) {
        // The XDG spec says relative paths are invalid and must be ignored; a relative %APPDATA% is as unusable.
        if (value != null && !value.isBlank() && Path.of(value).isAbsolute()) {
            return Path.of(value);
        }
        return Path.of(home, fallback);
    }
}
