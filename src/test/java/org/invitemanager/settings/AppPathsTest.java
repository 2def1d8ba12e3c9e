package org.invitemanager.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.invitemanager.domain.LoginRequest;
import org.invitemanager.domain.TlsMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AppPathsTest {

    private static final String HOME = "/home/admin";
    private static final String LINUX = "Linux";

    @TempDir
    Path temp;

    @Test
    void withoutXdgVariablesTheHomeFallbacksApply() {
        AppPaths paths = AppPaths.resolve(LINUX, Map.of(), HOME, null, null);

        assertEquals(Path.of("/home/admin/.config/invite-manager"), paths.configDir());
        assertEquals(Path.of("/home/admin/.local/share/invite-manager"), paths.dataDir());
    }

    @Test
    void absoluteXdgVariablesAreHonoured() {
        AppPaths paths = AppPaths.resolve(LINUX, Map.of("XDG_CONFIG_HOME", "/srv/cfg", "XDG_DATA_HOME", "/srv/data"),
                HOME, null, null);

        assertEquals(Path.of("/srv/cfg/invite-manager"), paths.configDir());
        assertEquals(Path.of("/srv/data/invite-manager"), paths.dataDir());
    }

    @Test
    void relativeXdgVariablesAreIgnored() {
        AppPaths paths = AppPaths.resolve(LINUX, Map.of("XDG_CONFIG_HOME", "cfg", "XDG_DATA_HOME", "./data"),
                HOME, null, null);

        assertEquals(Path.of("/home/admin/.config/invite-manager"), paths.configDir());
        assertEquals(Path.of("/home/admin/.local/share/invite-manager"), paths.dataDir());
    }

    @Test
    void blankXdgVariablesAreIgnored() {
        AppPaths paths = AppPaths.resolve(LINUX, Map.of("XDG_CONFIG_HOME", "", "XDG_DATA_HOME", "  "), HOME, null, null);

        assertEquals(Path.of("/home/admin/.config/invite-manager"), paths.configDir());
        assertEquals(Path.of("/home/admin/.local/share/invite-manager"), paths.dataDir());
    }

    @Test
    void overridesWinOverXdgAndAreUsedAsGiven() {
        AppPaths paths = AppPaths.resolve(LINUX, Map.of("XDG_CONFIG_HOME", "/srv/cfg", "XDG_DATA_HOME", "/srv/data"),
                HOME, "/opt/im/config", "/opt/im/data");

        assertEquals(Path.of("/opt/im/config"), paths.configDir());
        assertEquals(Path.of("/opt/im/data"), paths.dataDir());
    }

    @Test
    void eachOverrideReplacesOnlyItsOwnDirectory() {
        AppPaths paths = AppPaths.resolve(LINUX, Map.of("XDG_DATA_HOME", "/srv/data"), HOME, "/opt/im/config", null);

        assertEquals(Path.of("/opt/im/config"), paths.configDir());
        assertEquals(Path.of("/srv/data/invite-manager"), paths.dataDir());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Linux", "FreeBSD", "SunOS", ""})
    void unixLikeSystemsUseXdg(String os) {
        AppPaths paths = AppPaths.resolve(os, Map.of(), HOME, null, null);

        assertEquals(Path.of("/home/admin/.config/invite-manager"), paths.configDir());
        assertEquals(Path.of("/home/admin/.local/share/invite-manager"), paths.dataDir());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Windows 11", "Windows Server 2022", "windows 10"})
    void windowsKeepsSettingsInRoamingAppDataAndStateInLocalAppData(String os) {
        Path home = temp.resolve("Users/admin");
        Map<String, String> env = Map.of(
                "APPDATA", home.resolve("AppData/Roaming").toString(),
                "LOCALAPPDATA", home.resolve("AppData/Local").toString(),
                "XDG_CONFIG_HOME", "/ignored/on/windows");

        AppPaths paths = AppPaths.resolve(os, env, home.toString(), null, null);

        assertEquals(home.resolve("AppData/Roaming/Invite Manager"), paths.configDir());
        assertEquals(home.resolve("AppData/Local/Invite Manager"), paths.dataDir());
    }

    @Test
    void windowsWithoutAppDataVariablesFallsBackToTheProfileFolders() {
        Path home = temp.resolve("Users/admin");

        AppPaths paths = AppPaths.resolve("Windows 10", Map.of("APPDATA", "relative\\path"), home.toString(), null,
                null);

        assertEquals(home.resolve("AppData/Roaming/Invite Manager"), paths.configDir());
        assertEquals(home.resolve("AppData/Local/Invite Manager"), paths.dataDir());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mac OS X", "macOS"})
    void macKeepsEverythingInApplicationSupport(String os) {
        Path home = temp.resolve("Users/admin");

        AppPaths paths = AppPaths.resolve(os, Map.of("XDG_CONFIG_HOME", "/ignored/on/mac"), home.toString(), null,
                null);

        assertEquals(home.resolve("Library/Application Support/Invite Manager"), paths.configDir());
        assertEquals(paths.configDir(), paths.dataDir());
    }

    @Test
    void overridesWinOnEveryPlatform() {
        for (String os : new String[] {"Windows 11", "Mac OS X", "Linux"}) {
            AppPaths paths = AppPaths.resolve(os, Map.of(), HOME, "/opt/im/config", "/opt/im/data");

            assertEquals(Path.of("/opt/im/config"), paths.configDir(), os);
            assertEquals(Path.of("/opt/im/data"), paths.dataDir(), os);
        }
    }

    /** On macOS both folders are one: the stores' file names must not collide, and a name with spaces must work. */
    @Test
    void storesWriteIntoTheMacFolderUnderATemporaryHome() throws IOException {
        Path home = temp.resolve("home");
        AppPaths paths = AppPaths.resolve("Mac OS X", Map.of(), home.toString(), null, null);

        new ProfileStore(paths.configDir()).saveUsed(ServerProfile.create("",
                new LoginRequest("admin@example.org", null, 0, TlsMode.STARTTLS)));
        new CertificatePinStore(paths.dataDir()).pin("example.org", "AA:BB");

        Path folder = home.resolve("Library/Application Support/Invite Manager");
        assertTrue(Files.isRegularFile(folder.resolve("profiles.properties")));
        assertTrue(Files.isRegularFile(folder.resolve("certificate-pins.properties")));
        assertEquals(1, new ProfileStore(paths.configDir()).load().profiles().size());
    }
}
