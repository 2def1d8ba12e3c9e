package org.invitemanager.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppPathsTest {

    private static final String HOME = "/home/admin";

    @Test
    void withoutXdgVariablesTheHomeFallbacksApply() {
        AppPaths paths = AppPaths.resolve(Map.of(), HOME, null, null);

        assertEquals(Path.of("/home/admin/.config/invite-manager"), paths.configDir());
        assertEquals(Path.of("/home/admin/.local/share/invite-manager"), paths.dataDir());
    }

    @Test
    void absoluteXdgVariablesAreHonoured() {
        AppPaths paths = AppPaths.resolve(Map.of("XDG_CONFIG_HOME", "/srv/cfg", "XDG_DATA_HOME", "/srv/data"),
                HOME, null, null);

        assertEquals(Path.of("/srv/cfg/invite-manager"), paths.configDir());
        assertEquals(Path.of("/srv/data/invite-manager"), paths.dataDir());
    }

    @Test
    void relativeXdgVariablesAreIgnored() {
        AppPaths paths = AppPaths.resolve(Map.of("XDG_CONFIG_HOME", "cfg", "XDG_DATA_HOME", "./data"),
                HOME, null, null);

        assertEquals(Path.of("/home/admin/.config/invite-manager"), paths.configDir());
        assertEquals(Path.of("/home/admin/.local/share/invite-manager"), paths.dataDir());
    }

    @Test
    void blankXdgVariablesAreIgnored() {
        AppPaths paths = AppPaths.resolve(Map.of("XDG_CONFIG_HOME", "", "XDG_DATA_HOME", "  "), HOME, null, null);

        assertEquals(Path.of("/home/admin/.config/invite-manager"), paths.configDir());
        assertEquals(Path.of("/home/admin/.local/share/invite-manager"), paths.dataDir());
    }

    @Test
    void overridesWinOverXdgAndAreUsedAsGiven() {
        AppPaths paths = AppPaths.resolve(Map.of("XDG_CONFIG_HOME", "/srv/cfg", "XDG_DATA_HOME", "/srv/data"),
                HOME, "/opt/im/config", "/opt/im/data");

        assertEquals(Path.of("/opt/im/config"), paths.configDir());
        assertEquals(Path.of("/opt/im/data"), paths.dataDir());
    }

    @Test
    void eachOverrideReplacesOnlyItsOwnDirectory() {
        AppPaths paths = AppPaths.resolve(Map.of("XDG_DATA_HOME", "/srv/data"), HOME, "/opt/im/config", null);

        assertEquals(Path.of("/opt/im/config"), paths.configDir());
        assertEquals(Path.of("/srv/data/invite-manager"), paths.dataDir());
    }
}
