package org.invitemanager.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DesktopColorSchemeTest {

    @TempDir
    Path home;

    private final Map<String, String> answers = new HashMap<>();
    private final List<String> asked = new ArrayList<>();
    private final CommandRunner commands = command -> {
        String line = String.join(" ", command);
        asked.add(line);
        return Optional.ofNullable(answers.get(line));
    };

    private DesktopColorScheme on(String os, Map<String, String> env) {
        return new DesktopColorScheme(os, env, home, commands);
    }

    @Test
    void gnomePreferDarkIsDark() {
        answers.put("gsettings get org.gnome.desktop.interface color-scheme", "'prefer-dark'\n");
        assertEquals(ColorScheme.DARK, on("Linux", Map.of()).detect());
    }

    @Test
    void gnomePreferLightIsLightEvenWithADarkThemeName() {
        answers.put("gsettings get org.gnome.desktop.interface color-scheme", "'prefer-light'\n");
        answers.put("gsettings get org.gnome.desktop.interface gtk-theme", "'Adwaita-dark'\n");
        assertEquals(ColorScheme.LIGHT, on("Linux", Map.of()).detect());
    }

    @Test
    void olderDesktopsAreReadFromTheThemeName() {
        answers.put("gsettings get org.gnome.desktop.interface color-scheme", "'default'\n");
        answers.put("gsettings get org.gnome.desktop.interface gtk-theme", "'Adwaita-dark'\n");
        assertEquals(ColorScheme.DARK, on("Linux", Map.of()).detect());
    }

    @Test
    void gtkThemeVariableWinsWithoutAskingAnything() {
        assertEquals(ColorScheme.DARK, on("Linux", Map.of("GTK_THEME", "Adwaita:dark")).detect());
        assertEquals(List.of(), asked);
    }

    @Test
    void kdeColourSchemeIsReadFromKdeglobals() throws Exception {
        Path config = Files.createDirectories(home.resolve(".config"));
        Files.writeString(config.resolve("kdeglobals"), "[General]\nColorScheme=BreezeDark\n");
        assertEquals(ColorScheme.DARK, on("Linux", Map.of()).detect());
        Files.writeString(config.resolve("kdeglobals"), "[General]\nColorScheme=BreezeLight\n");
        assertEquals(ColorScheme.LIGHT, on("Linux", Map.of()).detect());
    }

    @Test
    void nothingToAskMeansLight() {
        assertEquals(ColorScheme.LIGHT, on("Linux", Map.of()).detect());
        assertEquals(ColorScheme.LIGHT, on("FreeBSD", Map.of("GTK_THEME", "Adwaita")).detect());
    }

    @Test
    void macOsDarkAppearance() {
        answers.put("defaults read -g AppleInterfaceStyle", "Dark\n");
        assertEquals(ColorScheme.DARK, on("Mac OS X", Map.of()).detect());
        answers.clear();
        // Light mode has no such key, and `defaults` fails.
        assertEquals(ColorScheme.LIGHT, on("Mac OS X", Map.of()).detect());
    }

    @Test
    void windowsAppsUseLightThemeZeroIsDark() {
        String query = "reg query HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize /v "
                + "AppsUseLightTheme";
        answers.put(query, "\r\nHKEY_CURRENT_USER\\...\\Personalize\r\n    AppsUseLightTheme    REG_DWORD    0x0\r\n");
        assertEquals(ColorScheme.DARK, on("Windows 11", Map.of()).detect());
        answers.put(query, "\r\n    AppsUseLightTheme    REG_DWORD    0x1\r\n");
        assertEquals(ColorScheme.LIGHT, on("Windows 11", Map.of()).detect());
    }

    @Test
    void theRealRunnerAnswersForAMissingToolWithNothing() {
        assertEquals(Optional.empty(), new ProcessCommandRunner().run(List.of("no-such-tool-for-invite-manager")));
        assertEquals(Optional.of("hello\n"), new ProcessCommandRunner().run(List.of("echo", "hello")));
        assertEquals(Optional.empty(), new ProcessCommandRunner().run(List.of("false")));
    }

    @Test
    void aHangingToolIsGivenUpAfterItsTimeLimit() {
        long start = System.nanoTime();
        assertEquals(Optional.empty(), new ProcessCommandRunner().run(List.of("sleep", "30")));
        long ms = (System.nanoTime() - start) / 1_000_000;
        org.junit.jupiter.api.Assertions.assertTrue(ms < 5_000, "took " + ms + " ms");
    }

    @Test
    void choiceResolvesAgainstTheDesktop() {
        assertEquals(ColorScheme.DARK, ThemeChoice.SYSTEM.resolve(ColorScheme.DARK));
        assertEquals(ColorScheme.LIGHT, ThemeChoice.LIGHT.resolve(ColorScheme.DARK));
        assertEquals(ColorScheme.DARK, ThemeChoice.DARK.resolve(ColorScheme.LIGHT));
    }

    @Test
    void appInfoCarriesTheBuildsVersionAndTheLibrariesLicences() {
        AppInfo info = AppInfo.load();
        assertEquals(System.getProperty("project.version", info.version()), info.version());
        org.junit.jupiter.api.Assertions.assertTrue(info.version().matches("\\d+\\.\\d+\\.\\d+.*"), info.version());
        for (String library : List.of("Smack", "ZXing", "javafx", "ControlsFX", "atlantafx", "PDFBox", "picocli")) {
            org.junit.jupiter.api.Assertions.assertTrue(info.thirdPartyLicences().contains(library), library);
        }
    }
}
