package org.invitemanager.settings;

import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.invitemanager.settings.PasswordVault.Availability;

/**
 * Runs {@link OsKeyring} in a JVM of its own, whose environment (session bus, HOME) the test chose, and prints what
 * happened as {@code name=value} lines for the test to check. Not a test itself.
 */
public final class KeyringChild {

    private KeyringChild() {
    }

    public static void main(String[] args) throws Exception {
        OsKeyring vault = new OsKeyring();
        long start = System.nanoTime();
        Availability availability = vault.availability().get(30, TimeUnit.SECONDS);
        print("availability.ms", millisSince(start));
        print("available", availability.available());
        print("problem", availability.problem());
        print("detail", availability.detail().replace('\n', ' '));
        if ("real".equals(args[0])) {
            exercise(vault);
        } else {
            long load = System.nanoTime();
            try {
                vault.load("profile-a").get(30, TimeUnit.SECONDS);
                print("load", "answered");
            } catch (java.util.concurrent.ExecutionException e) {
                print("load", e.getCause().getClass().getSimpleName());
            }
            print("load.ms", millisSince(load));
        }
        print("done", true);
    }

    private static void exercise(OsKeyring vault) throws Exception {
        String unicode = "pässwörd – 日本語 🎉 \"quoted\" 'single' \\ back";
        long start = System.nanoTime();
        print("missing.empty", vault.load("profile-a").get().isEmpty());
        vault.save("profile-a", "first-secret").get();
        print("save.load", "first-secret".equals(vault.load("profile-a").get().orElse(null)));
        vault.save("profile-a", "second-secret").get();
        print("overwrite.load", "second-secret".equals(vault.load("profile-a").get().orElse(null)));
        print("other.empty", vault.load("profile-b").get().isEmpty());
        vault.save("profile-b", unicode).get();
        print("unicode.load", unicode.equals(vault.load("profile-b").get().orElse(null)));
        print("first.unchanged", "second-secret".equals(vault.load("profile-a").get().orElse(null)));
        vault.delete("profile-a").get();
        print("delete.empty", vault.load("profile-a").get().isEmpty());
        print("other.survives", unicode.equals(vault.load("profile-b").get().orElse(null)));
        vault.delete("profile-a").get();
        print("deleteAgain.ok", true);
        vault.delete("profile-b").get();
        print("all.ms", millisSince(start));
        print("probeLeft", probeLeft());
        print("sameVault.available", vault.availability().get().available());
        Optional<String> none = vault.load("profile-b").get();
        print("final.empty", none.isEmpty());
    }

    /** The availability check's test entry must not stay in the admin's keyring. */
    private static boolean probeLeft() throws Exception {
        try (Keyring keyring = Keyring.create()) {
            keyring.getPassword(OsKeyring.SERVICE, OsKeyring.PROBE_ACCOUNT);
            return true;
        } catch (PasswordAccessException e) {
            return false;
        }
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static void print(String name, Object value) {
        System.out.println(name + "=" + value);
        System.out.flush();
    }
}
