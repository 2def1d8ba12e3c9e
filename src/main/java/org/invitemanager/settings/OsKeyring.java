package org.invitemanager.settings;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;

/**
 * The OS keyring through java-keyring: Secret Service (GNOME Keyring, KWallet) on Linux, Keychain on macOS, Credential
 * Manager on Windows. Entries are filed under the service "Invite Manager" with the profile id as account.
 *
 * <p>Each call opens the keyring, does its work and closes it again, on one thread of its own: the library is not safe
 * for concurrent use, and an open Secret Service connection keeps a non-daemon thread that would hold the JVM at exit.
 * A call that takes longer than the timeout, such as one waiting for an unlock prompt that no one sees, marks the
 * keyring unusable for the rest of the run, so later calls fail at once instead of queueing behind it.
 */
public final class OsKeyring implements PasswordVault {

    private static final Logger LOG = Logger.getLogger(OsKeyring.class.getName());
    static final String SERVICE = "Invite Manager";
    static final String PROBE_ACCOUNT = "availability-check";
    private static final Duration TIMEOUT = Duration.ofSeconds(4);

    /** One opened keyring; the seam that lets tests stand in a keyring that hangs or fails. */
    interface Session extends AutoCloseable {
        /** The password, or a {@link PasswordAccessException} when none is stored (the library says no more). */
        String get(String account) throws PasswordAccessException;

        void set(String account, String password) throws PasswordAccessException;

        void delete(String account) throws PasswordAccessException;
    }

    interface Opener {
        Session open() throws BackendNotSupportedException;
    }

    private interface Work<T> {
        T run(Session session) throws Exception;
    }

    private final Opener opener;
    private final Duration timeout;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "keyring");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Availability broken;
    private CompletableFuture<Availability> probe;

    public OsKeyring() {
        this(OsKeyring::openLibrary, TIMEOUT);
    }

    OsKeyring(Opener opener, Duration timeout) {
        this.opener = opener;
        this.timeout = timeout;
    }

    /**
     * Stores, reads back and removes a test entry: merely opening proves little, since a locked Secret Service
     * collection opens and searches fine and only fails to store.
     */
    @Override
    public synchronized CompletableFuture<Availability> availability() {
        Availability known = broken;
        if (known != null) {
            return CompletableFuture.completedFuture(known);
        }
        if (probe == null) {
            String sample = UUID.randomUUID().toString();
            probe = call(session -> {
                try {
                    session.set(PROBE_ACCOUNT, sample);
                    boolean same = sample.equals(session.get(PROBE_ACCOUNT));
                    session.delete(PROBE_ACCOUNT);
                    return same ? Availability.yes()
                            : Availability.no(Problem.REFUSED, "the keyring returned another value");
                } catch (PasswordAccessException | RuntimeException e) {
                    return Availability.no(Problem.REFUSED, describe(e));
                }
            }).exceptionally(e -> problemOf(e).availability());
            probe.thenAccept(result -> LOG.info(() -> result.available() ? "OS keyring available"
                    : "OS keyring unavailable: " + result.problem() + " " + result.detail()));
        }
        return probe;
    }

    @Override
    public CompletableFuture<Optional<String>> load(String profileId) {
        return call(session -> {
            try {
                return Optional.of(session.get(profileId));
            } catch (PasswordAccessException e) {
                return Optional.empty();
            }
        });
    }

    @Override
    public CompletableFuture<Void> save(String profileId, String password) {
        return call(session -> {
            session.set(profileId, password);
            return null;
        });
    }

    @Override
    public CompletableFuture<Void> delete(String profileId) {
        return call(session -> {
            try {
                session.delete(profileId);
            } catch (PasswordAccessException e) {
                // Nothing was stored under this profile.
            }
            return null;
        });
    }

    private <T> CompletableFuture<T> call(Work<T> work) {
        Availability known = broken;
        if (known != null) {
            return CompletableFuture.failedFuture(new VaultException(known));
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        Future<?> running = worker.submit(() -> {
            try (Session session = opener.open()) {
                result.complete(work.run(session));
            } catch (Throwable e) {
                result.completeExceptionally(translate(e));
            }
        });
        return result.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).exceptionallyCompose(e -> {
            if (unwrap(e) instanceof TimeoutException) {
                broken = Availability.no(Problem.NOT_RESPONDING, "no answer within " + timeout.toSeconds() + " s");
                running.cancel(true);
                LOG.warning("the OS keyring did not answer; not asking it again until the next start");
                return CompletableFuture.failedFuture(new VaultException(broken));
            }
            return CompletableFuture.failedFuture(unwrap(e));
        });
    }

    private static VaultException translate(Throwable e) {
        if (e instanceof VaultException vault) {
            return vault;
        }
        if (e instanceof BackendNotSupportedException) {
            return new VaultException(Availability.no(Problem.NO_KEYRING, describe(e)));
        }
        if (e instanceof PasswordAccessException) {
            return new VaultException(Availability.no(Problem.REFUSED, describe(e)));
        }
        // Secret Service reports a locked or missing collection as a NullPointerException or a D-Bus runtime error.
        return new VaultException(Availability.no(Problem.FAILED, describe(e)));
    }

    private static VaultException problemOf(Throwable e) {
        Throwable cause = unwrap(e);
        return cause instanceof VaultException vault ? vault : translate(cause);
    }

    private static Throwable unwrap(Throwable e) {
        return e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
    }

    /** One line without stack trace, naming the root cause too: "No available keyring backend found". */
    static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        if (root != e) {
            text += " (" + root.getClass().getSimpleName()
                    + (root.getMessage() == null ? "" : ": " + root.getMessage()) + ")";
        }
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }

    private static Session openLibrary() throws BackendNotSupportedException {
        Keyring keyring = Keyring.create();
        return new Session() {
            @Override
            public String get(String account) throws PasswordAccessException {
                return keyring.getPassword(SERVICE, account);
            }

            @Override
            public void set(String account, String password) throws PasswordAccessException {
                keyring.setPassword(SERVICE, account, password);
            }

            @Override
            public void delete(String account) throws PasswordAccessException {
                keyring.deletePassword(SERVICE, account);
            }

            @Override
            public void close() throws Exception {
                keyring.close();
            }
        };
    }
}
