package org.invitemanager.settings;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.invitemanager.domain.LoginRequest;
import org.invitemanager.domain.TlsMode;

/**
 * The profile file's layout: {@code version}, {@code lastUsed} and {@code profile.N.field} keys. Reading is strict,
 * so a damaged file is noticed as a whole instead of losing profiles one by one.
 */
final class ProfileFile {

    static final String VERSION = "1";
    private static final Pattern PROFILE_KEY = Pattern.compile("profile\\.(\\d{1,6})\\.([A-Za-z]+)");

    private ProfileFile() {
    }

    /** The stored profiles, in file order, and the one last used (null when none). */
    record Contents(List<ServerProfile> profiles, String lastUsedId) { }

    static Properties encode(List<ServerProfile> profiles, String lastUsedId) {
        Properties p = new Properties();
        p.setProperty("version", VERSION);
        if (lastUsedId != null) {
            p.setProperty("lastUsed", lastUsedId);
        }
        for (int i = 0; i < profiles.size(); i++) {
            ServerProfile profile = profiles.get(i);
            LoginRequest login = profile.login();
            String prefix = "profile." + (i + 1) + ".";
            p.setProperty(prefix + "id", profile.id());
            p.setProperty(prefix + "name", profile.displayName());
            p.setProperty(prefix + "jid", login.jid());
            p.setProperty(prefix + "host", login.host() == null ? "" : login.host());
            p.setProperty(prefix + "port", login.port() > 0 ? Integer.toString(login.port()) : "");
            p.setProperty(prefix + "tls", login.tls().name());
        }
        return p;
    }

    /** Throws IllegalArgumentException, naming the first problem, for anything this version did not write. */
    static Contents decode(Properties p) {
        if (p.isEmpty()) {
            return new Contents(List.of(), null);
        }
        if (!VERSION.equals(p.getProperty("version"))) {
            throw new IllegalArgumentException("unknown version: " + p.getProperty("version"));
        }
        Map<Integer, Map<String, String>> byIndex = new TreeMap<>();
        for (String key : p.stringPropertyNames()) {
            Matcher m = PROFILE_KEY.matcher(key);
            if (m.matches()) {
                byIndex.computeIfAbsent(Integer.parseInt(m.group(1)), i -> new TreeMap<>())
                        .put(m.group(2), p.getProperty(key));
            } else if (!key.equals("version") && !key.equals("lastUsed")) {
                throw new IllegalArgumentException("unexpected key: " + key);
            }
        }
        List<ServerProfile> profiles = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Map.Entry<Integer, Map<String, String>> entry : byIndex.entrySet()) {
            ServerProfile profile = profile(entry.getKey(), entry.getValue());
            if (!ids.add(profile.id())) {
                throw new IllegalArgumentException("profile " + entry.getKey() + " repeats an id");
            }
            profiles.add(profile);
        }
        String lastUsed = p.getProperty("lastUsed");
        return new Contents(List.copyOf(profiles), ids.contains(lastUsed) ? lastUsed : null);
    }

    private static ServerProfile profile(int index, Map<String, String> fields) {
        String jid = required(index, fields, "jid");
        if (jid.indexOf('@') <= 0 || jid.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("profile " + index + " has no usable JID");
        }
        TlsMode tls;
        try {
            tls = TlsMode.valueOf(required(index, fields, "tls"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("profile " + index + " has an unknown TLS mode", e);
        }
        String host = fields.getOrDefault("host", "").strip();
        if (host.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("profile " + index + " has a host with spaces");
        }
        return new ServerProfile(required(index, fields, "id"), fields.get("name"),
                new LoginRequest(jid, host, port(index, fields.getOrDefault("port", "")), tls));
    }

    private static int port(int index, String text) {
        if (text.isBlank()) {
            return 0;
        }
        try {
            int port = Integer.parseInt(text.strip());
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below, with the index
        }
        throw new IllegalArgumentException("profile " + index + " has a port out of range");
    }

    private static String required(int index, Map<String, String> fields, String name) {
        String value = fields.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("profile " + index + " has no " + name);
        }
        return value.strip();
    }
}
