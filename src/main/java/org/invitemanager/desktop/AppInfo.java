package org.invitemanager.desktop;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** What the About dialog tells: the app's version and the licences of the libraries it ships with. */
public record AppInfo(String version, String javaVersion, String javaFxVersion, String thirdPartyLicences) {

    static final String VERSION_RESOURCE = "/org/invitemanager/version.properties";
    static final String LICENCES_RESOURCE = "/org/invitemanager/ui/about/third-party.txt";

    public static AppInfo load() {
        return new AppInfo(readVersion(), System.getProperty("java.runtime.version", System.getProperty("java.version")),
                System.getProperty("javafx.runtime.version", ""), licences());
    }

    private static String readVersion() {
        try (InputStream in = AppInfo.class.getResourceAsStream(VERSION_RESOURCE)) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                String version = p.getProperty("version", "");
                // An unfiltered copy (an IDE run) still holds the placeholder.
                if (!version.isBlank() && !version.startsWith("$")) {
                    return version;
                }
            }
        } catch (IOException e) {
            // Fall through to "unknown": the dialog must still open.
        }
        return "";
    }

    private static String licences() {
        try (InputStream in = AppInfo.class.getResourceAsStream(LICENCES_RESOURCE)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "";
        }
    }
}
