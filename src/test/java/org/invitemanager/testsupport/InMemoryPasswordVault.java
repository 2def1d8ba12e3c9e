package org.invitemanager.testsupport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.invitemanager.settings.PasswordVault;

/**
 * A keyring for view-model tests: passwords in a map, answers at once unless the test holds the availability check
 * back, and a switch that makes the next calls fail as a broken keyring would.
 */
public final class InMemoryPasswordVault implements PasswordVault {

    public final Map<String, String> stored = new LinkedHashMap<>();
    /** Every call, as "load id", "save id" or "delete id"; passwords are not recorded. */
    public final List<String> calls = new ArrayList<>();
    private CompletableFuture<Availability> availability = CompletableFuture.completedFuture(Availability.yes());
    private Availability failing;

    public static InMemoryPasswordVault unavailable(Problem problem, String detail) {
        InMemoryPasswordVault vault = new InMemoryPasswordVault();
        vault.availability = CompletableFuture.completedFuture(Availability.no(problem, detail));
        return vault;
    }

    /** The availability check stays open until the test completes the returned future. */
    public CompletableFuture<Availability> holdAvailability() {
        availability = new CompletableFuture<>();
        return availability;
    }

    /** From now on every call fails with this reason. */
    public void failWith(Problem problem, String detail) {
        failing = Availability.no(problem, detail);
    }

    @Override
    public CompletableFuture<Availability> availability() {
        return availability;
    }

    @Override
    public CompletableFuture<Optional<String>> load(String profileId) {
        calls.add("load " + profileId);
        return failing != null ? CompletableFuture.failedFuture(new VaultException(failing))
                : CompletableFuture.completedFuture(Optional.ofNullable(stored.get(profileId)));
    }

    @Override
    public CompletableFuture<Void> save(String profileId, String password) {
        calls.add("save " + profileId);
        if (failing != null) {
            return CompletableFuture.failedFuture(new VaultException(failing));
        }
        stored.put(profileId, password);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<Void> delete(String profileId) {
        calls.add("delete " + profileId);
        if (failing != null) {
            return CompletableFuture.failedFuture(new VaultException(failing));
        }
        stored.remove(profileId);
        return CompletableFuture.completedFuture(null);
    }
}
