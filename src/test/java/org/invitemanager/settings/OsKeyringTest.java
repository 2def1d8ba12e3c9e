package org.invitemanager.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.PasswordAccessException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.invitemanager.settings.PasswordVault.Availability;
import org.invitemanager.settings.PasswordVault.Problem;
import org.invitemanager.settings.PasswordVault.VaultException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** OsKeyring's own logic over a stand-in keyring: answers, translated failures, and never waiting too long. */
class OsKeyringTest {

    private static final Duration SHORT = Duration.ofMillis(600);

    private final Map<String, String> entries = new HashMap<>();
    private final AtomicInteger opened = new AtomicInteger();
    private final CountDownLatch never = new CountDownLatch(1);

    @AfterEach
    void releaseHangingCalls() {
        never.countDown();
    }

    /** A keyring that behaves like java-keyring's: a missing entry is a PasswordAccessException. */
    private OsKeyring.Session mapSession() {
        opened.incrementAndGet();
        return new OsKeyring.Session() {
            @Override
            public String get(String account) throws PasswordAccessException {
                String value = entries.get(account);
                if (value == null) {
                    throw new PasswordAccessException("No stored credentials match Invite Manager account: " + account);
                }
                return value;
            }

            @Override
            public void set(String account, String password) {
                entries.put(account, password);
            }

            @Override
            public void delete(String account) throws PasswordAccessException {
                if (entries.remove(account) == null) {
                    throw new PasswordAccessException("No stored credentials match");
                }
            }

            @Override
            public void close() {
            }
        };
    }

    @Test
    void aKeyringThatStoresIsAvailableAndTheTestEntryIsGoneAfterwards() throws Exception {
        OsKeyring vault = new OsKeyring(this::mapSession, SHORT);

        Availability availability = vault.availability().get(5, TimeUnit.SECONDS);

        assertEquals(Availability.yes(), availability);
        assertTrue(entries.isEmpty(), entries.toString());
        assertEquals(1, opened.get());
        assertEquals(availability, vault.availability().get(), "checked once");
        assertEquals(1, opened.get());
    }

    @Test
    void passwordsAreSavedLoadedReplacedAndDeletedPerProfile() throws Exception {
        OsKeyring vault = new OsKeyring(this::mapSession, SHORT);

        assertEquals(Optional.empty(), vault.load("a").get());
        vault.save("a", "one").get();
        vault.save("b", "zwei – 二").get();
        vault.save("a", "three").get();
        assertEquals(Optional.of("three"), vault.load("a").get());
        assertEquals(Optional.of("zwei – 二"), vault.load("b").get());
        vault.delete("a").get();
        vault.delete("a").get();

        assertEquals(Optional.empty(), vault.load("a").get());
        assertEquals(Map.of("b", "zwei – 二"), entries);
    }

    @Test
    void noBackendMeansNoKeyringWithTheLibrarysReason() throws Exception {
        OsKeyring vault = new OsKeyring(() -> {
            throw new BackendNotSupportedException("No available keyring backend found");
        }, SHORT);

        Availability availability = vault.availability().get(5, TimeUnit.SECONDS);

        assertEquals(Problem.NO_KEYRING, availability.problem());
        assertFalse(availability.available());
        assertTrue(availability.detail().contains("No available keyring backend found"), availability.detail());
        assertEquals(Problem.NO_KEYRING, problemOf(() -> vault.save("a", "x").get()));
    }

    /** What a locked Secret Service collection, or one without a default collection, does: it fails to store. */
    @Test
    void aKeyringThatCannotStoreIsRefused() throws Exception {
        OsKeyring vault = new OsKeyring(() -> new FailingSession(new NullPointerException(
                "Cannot read field \"a\" because \"response\" is null")), SHORT);

        Availability availability = vault.availability().get(5, TimeUnit.SECONDS);

        assertEquals(Problem.REFUSED, availability.problem());
        assertTrue(availability.detail().contains("response"), availability.detail());
        assertEquals(Problem.FAILED, problemOf(() -> vault.save("a", "x").get()));
    }

    @Test
    void errorsFromTheNativeLayerBecomeFailuresInsteadOfEscaping() {
        OsKeyring vault = new OsKeyring(() -> {
            throw new NoClassDefFoundError("com/sun/jna/Native");
        }, SHORT);

        assertEquals(Problem.FAILED, problemOf(() -> vault.load("a").get(5, TimeUnit.SECONDS)));
    }

    @Test
    void aHangingKeyringTimesOutAndIsNotAskedAgain() throws Exception {
        OsKeyring vault = new OsKeyring(() -> {
            opened.incrementAndGet();
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new BackendNotSupportedException("released");
        }, SHORT);

        long start = System.nanoTime();
        Availability availability = vault.availability().get(10, TimeUnit.SECONDS);
        long waited = (System.nanoTime() - start) / 1_000_000;

        assertEquals(Problem.NOT_RESPONDING, availability.problem());
        assertTrue(waited >= 500 && waited < 3000, waited + " ms");
        long again = System.nanoTime();
        assertEquals(Problem.NOT_RESPONDING, problemOf(() -> vault.load("a").get(10, TimeUnit.SECONDS)));
        assertEquals(Problem.NOT_RESPONDING, problemOf(() -> vault.save("a", "x").get(10, TimeUnit.SECONDS)));
        assertEquals(Problem.NOT_RESPONDING, vault.availability().get().problem());
        assertTrue((System.nanoTime() - again) / 1_000_000 < 300, "later calls answer at once");
        assertEquals(1, opened.get(), "nothing queued behind the hanging call");
    }

    @Test
    void describeGivesOneLineWithTheRootCause() {
        String text = OsKeyring.describe(new BackendNotSupportedException("Error connecting to dbus",
                new java.io.IOException("wrapped", new IllegalStateException("no socket"))));

        assertEquals("Error connecting to dbus (IllegalStateException: no socket)", text);
    }

    private static Problem problemOf(Call call) {
        ExecutionException e = assertThrows(ExecutionException.class, call::run);
        return assertInstanceOf(VaultException.class, e.getCause()).availability().problem();
    }

    private interface Call {
        void run() throws Exception;
    }

    private static final class FailingSession implements OsKeyring.Session {
        private final RuntimeException failure;

        FailingSession(RuntimeException failure) {
            this.failure = failure;
        }

        @Override
        public String get(String account) throws PasswordAccessException {
            throw new PasswordAccessException("No stored credentials match");
        }

        @Override
        public void set(String account, String password) {
            throw failure;
        }

        @Override
        public void delete(String account) throws PasswordAccessException {
            throw new PasswordAccessException("No stored credentials match");
        }

        @Override
        public void close() {
        }
    }
}
