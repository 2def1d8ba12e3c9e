package org.invitemanager.settings;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.invitemanager.domain.Invite;
import org.invitemanager.domain.InviteKind;
import org.invitemanager.domain.InviteListEntry;
import org.invitemanager.domain.InviteUri;

/**
 * The invites this app created, per admin account, for servers that cannot list their own. Each entry keeps its URI,
 * token included, so the file is owner-only and neither ids nor log lines ever show a URI.
 */
public final class InviteHistoryStore {

    private static final Logger LOG = Logger.getLogger(InviteHistoryStore.class.getName());
    private static final String FILE_NAME = "invite-history.properties";
    private static final int MAX_PER_ACCOUNT = 2000;

    private final Path file;

    public InviteHistoryStore(Path dataDir) {
        this.file = dataDir.resolve(FILE_NAME);
    }

    /** Adds an invite the app just created; must be durable on return (it is written before the QR is shown). */
    public synchronized void record(String account, Invite invite, Instant created, String note) throws IOException {
        String owner = owner(account);
        String id = idOf(invite);
        String key = owner + "/" + id;
        Properties history = readForUpdate(true);
        remove(history, key);
        put(history, key, "account", owner);
        put(history, key, "id", id);
        put(history, key, "kind", invite.kind().name());
        put(history, key, "uri", invite.uri());
        put(history, key, "landingUrl", invite.landingUrl());
        put(history, key, "expires", invite.expires() == null ? null : invite.expires().toString());
        put(history, key, "created", created.toString());
        put(history, key, "note", note == null || note.isEmpty() ? null : note);
        List<Stored> kept = scan(history, owner);
        for (int i = kept.size() - 1, excess = kept.size() - MAX_PER_ACCOUNT; excess > 0; i--) {
            // The one just recorded stays even when back-dated: its QR is about to be shown.
            if (!kept.get(i).key().equals(key)) {
                remove(history, kept.get(i).key());
                excess--;
            }
        }
        save(history);
    }

    /** The account's invites, newest first. Never throws: an unreadable file gives an empty list and a log line. */
    public synchronized List<InviteListEntry> entries(String account) {
        try {
            return scan(OwnerOnlyFiles.read(file), owner(account)).stream().map(Stored::entry).toList();
        } catch (IOException | IllegalArgumentException e) {
            LOG.warning(() -> "cannot read " + file.getFileName() + ": " + e.getClass().getSimpleName());
            return List.of();
        }
    }

    /** Removes one entry (the admin forgets it locally); unknown ids are ignored. */
    public synchronized void forget(String account, String id) throws IOException {
        Properties history = readForUpdate(false);
        if (remove(history, owner(account) + "/" + Objects.requireNonNull(id, "id"))) {
            save(history);
        }
    }

    private Properties readForUpdate(boolean recording) throws IOException {
        try {
            return OwnerOnlyFiles.read(file);
        } catch (IllegalArgumentException e) {
            // Rewriting an unparseable file would lose what a person may still rescue, yet a new invite must be kept.
            if (!recording) {
                throw new IOException("the invite history is damaged: " + file, e);
            }
            Path aside = file.resolveSibling(FILE_NAME + ".damaged-" + System.currentTimeMillis());
            OwnerOnlyFiles.moveAside(file, aside);
            LOG.warning(() -> "moved the unreadable invite history aside to " + aside.getFileName());
            return new Properties();
        }
    }

    private void save(Properties history) throws IOException {
        OwnerOnlyFiles.write(file, history, "Invite Manager: invites this app created (each URI holds its token)");
        // OwnerOnlyFiles does not flush to disk, and record() promises the invite survives a power cut.
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        try (FileChannel folder = FileChannel.open(file.getParent(), StandardOpenOption.READ)) {
            folder.force(true);
        } catch (IOException e) {
            // Windows cannot open a folder to flush its rename; the file's own contents are on disk already.
        }
    }

    /** Keys are {@code account/id.field}: bare JIDs have no '/' and fields no '.', so any id fits between them. */
    private static List<Stored> scan(Properties history, String owner) {
        Set<String> keys = history.stringPropertyNames().stream()
                .filter(name -> name.startsWith(owner + "/") && name.lastIndexOf('.') > owner.length() + 1)
                .map(name -> name.substring(0, name.lastIndexOf('.'))).collect(Collectors.toSet());
        List<Stored> entries = new ArrayList<>();
        for (String key : keys) {
            try {
                entries.add(new Stored(key, entry(history, key, owner)));
            } catch (IllegalArgumentException | DateTimeException e) {
                // Counted below; the entry stays in the file for a person to look at.
            }
        }
        int skipped = keys.size() - entries.size();
        if (skipped > 0) {
            LOG.warning(() -> "skipped " + skipped + " damaged entries in the invite history");
        }
        entries.sort(Comparator.comparing((Stored s) -> s.entry().created()).reversed()
                .thenComparing(s -> s.entry().id()));
        return entries;
    }

    private static InviteListEntry entry(Properties history, String key, String owner) {
        if (!owner.equals(required(history, key, "account"))) {
            throw new IllegalArgumentException("entry filed under another account");
        }
        String uri = required(history, key, "uri");
        String expires = history.getProperty(key + ".expires");
        return new InviteListEntry(required(history, key, "id"), InviteKind.valueOf(required(history, key, "kind")),
                InviteListEntry.Status.PENDING, Instant.parse(required(history, key, "created")),
                expires == null ? null : Instant.parse(expires), null, null, history.getProperty(key + ".note"),
                owner, username(uri), List.of(), uri, history.getProperty(key + ".landingUrl"));
    }

    private static String required(Properties history, String key, String field) {
        String value = history.getProperty(key + "." + field);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing " + field);
        }
        return value;
    }

    private static String username(String uri) {
        try {
            InviteUri parsed = InviteUri.parse(uri);
            int at = parsed.jid().indexOf('@');
            // Only a register URI names the account to create; in a roster URI the JID is the inviter.
            return "register".equals(parsed.action()) && at > 0 ? parsed.jid().substring(0, at) : "";
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static String idOf(Invite invite) {
        if (invite.id() != null && !invite.id().isBlank()) {
            return invite.id();
        }
        // A hash rather than the token itself, so an id can be shown or logged without handing out the invite.
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(invite.uri().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static String owner(String account) {
        return Objects.requireNonNull(account, "account").toLowerCase(Locale.ROOT);
    }

    private static void put(Properties history, String key, String field, String value) {
        if (value != null) {
            history.setProperty(key + "." + field, value);
        }
    }

    private static boolean remove(Properties history, String key) {
        return history.keySet().removeIf(name -> name instanceof String field
                && field.startsWith(key) && field.lastIndexOf('.') == key.length());
    }

    private record Stored(String key, InviteListEntry entry) { }
}
