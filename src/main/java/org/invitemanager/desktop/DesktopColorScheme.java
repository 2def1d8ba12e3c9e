package org.invitemanager.desktop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Asks the desktop whether it prefers dark. JavaFX 21 has no API for it (Platform.Preferences came in 22), so each
 * system is asked the way its own settings panel stores the choice. Anything unknown counts as light.
 */
public final class DesktopColorScheme {

    private final String osName;
    private final Map<String, String> env;
    private final Path home;
    private final CommandRunner commands;

    public DesktopColorScheme(String osName, Map<String, String> env, Path home, CommandRunner commands) {
        this.osName = osName.toLowerCase(Locale.ROOT);
        this.env = env;
        this.home = home;
        this.commands = commands;
    }

    public static DesktopColorScheme ofThisMachine() {
        return new DesktopColorScheme(System.getProperty("os.name", ""), System.getenv(),
                Path.of(System.getProperty("user.home", ".")), new ProcessCommandRunner());
    }

    /** Runs commands: call it off the FX thread. */
    public ColorScheme detect() {
        if (osName.startsWith("windows")) {
            return windows();
        }
        if (osName.startsWith("mac")) {
            return commands.run(List.of("defaults", "read", "-g", "AppleInterfaceStyle"))
                    .filter(out -> out.trim().equalsIgnoreCase("dark")).map(out -> ColorScheme.DARK)
                    .orElse(ColorScheme.LIGHT);
        }
        return unixLike();
    }

    private ColorScheme windows() {
        Optional<String> out = commands.run(List.of("reg", "query",
                "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize", "/v", "AppsUseLightTheme"));
        // The value is a DWORD printed as 0x0 (dark) or 0x1 (light).
        return out.filter(text -> text.contains("AppsUseLightTheme") && text.trim().endsWith("0x0"))
                .map(text -> ColorScheme.DARK).orElse(ColorScheme.LIGHT);
    }

    private ColorScheme unixLike() {
        String gtkTheme = env.getOrDefault("GTK_THEME", "");
        if (gtkTheme.toLowerCase(Locale.ROOT).endsWith(":dark")) {
            return ColorScheme.DARK;
        }
        // GNOME 42+ and most GTK desktops: 'prefer-dark', 'prefer-light' or 'default'.
        Optional<String> scheme = commands.run(List.of("gsettings", "get", "org.gnome.desktop.interface",
                "color-scheme")).map(DesktopColorScheme::unquote);
        if (scheme.isPresent() && !scheme.get().isEmpty() && !scheme.get().equals("default")) {
            return scheme.get().contains("dark") ? ColorScheme.DARK : ColorScheme.LIGHT;
        }
        // Older GNOME and Xfce-like setups only have a dark theme name.
        Optional<String> themeName = commands.run(List.of("gsettings", "get", "org.gnome.desktop.interface",
                "gtk-theme")).map(DesktopColorScheme::unquote);
        if (themeName.isPresent() && themeName.get().toLowerCase(Locale.ROOT).contains("dark")) {
            return ColorScheme.DARK;
        }
        return kdeColorScheme();
    }

    private ColorScheme kdeColorScheme() {
        Path kdeglobals = Path.of(env.getOrDefault("XDG_CONFIG_HOME", home.resolve(".config").toString()))
                .resolve("kdeglobals");
        try {
            if (Files.isRegularFile(kdeglobals) && Files.size(kdeglobals) < 1_000_000) {
                for (String line : Files.readAllLines(kdeglobals)) {
                    String trimmed = line.trim();
                    if (trimmed.startsWith("ColorScheme=")) {
                        return trimmed.toLowerCase(Locale.ROOT).contains("dark") ? ColorScheme.DARK : ColorScheme.LIGHT;
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // An unreadable file says nothing about the preference.
        }
        return ColorScheme.LIGHT;
    }

    private static String unquote(String gsettingsValue) {
        String value = gsettingsValue.trim();
        if (value.length() >= 2 && value.startsWith("'") && value.endsWith("'")) {
            value = value.substring(1, value.length() - 1);
        }
        return value.toLowerCase(Locale.ROOT);
    }
}
