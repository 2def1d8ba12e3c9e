package org.invitemanager.ui.app;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.logging.Logger;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.invitemanager.desktop.ColorScheme;
import org.invitemanager.desktop.ThemeChoice;
import org.invitemanager.settings.AppearanceStore;

/**
 * The theme: the admin's choice (follow the desktop, light or dark) and the scheme that results. The desktop is asked
 * again whenever the window comes back into focus, which is when someone who just changed it looks at the app.
 */
public final class AppearanceViewModel {

    private static final Logger LOG = Logger.getLogger(AppearanceViewModel.class.getName());

    private final ObjectProperty<ThemeChoice> choice = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<ColorScheme> desktop = new ReadOnlyObjectWrapper<>(ColorScheme.LIGHT);
    private final ReadOnlyObjectWrapper<ColorScheme> scheme = new ReadOnlyObjectWrapper<>(ColorScheme.LIGHT);
    private final AppearanceStore store;
    private final Supplier<ColorScheme> desktopQuery;
    private final Executor background;
    private final Executor ui;

    public AppearanceViewModel(AppearanceStore store, Supplier<ColorScheme> desktopQuery, Executor background,
            Executor ui) {
        this.store = store;
        this.desktopQuery = desktopQuery;
        this.background = background;
        this.ui = ui;
        choice.set(store.load());
        scheme.set(choice.get().resolve(desktop.get()));
        choice.addListener((obs, old, now) -> {
            scheme.set(now.resolve(desktop.get()));
            save(now);
        });
        desktop.addListener((obs, old, now) -> scheme.set(choice.get().resolve(now)));
    }

    /** Asks the desktop for its preference, off the calling thread. */
    public void refreshFromDesktop() {
        runInBackground(() -> {
            ColorScheme found = desktopQuery.get();
            ui.execute(() -> desktop.set(found));
        });
    }

    private void runInBackground(Runnable work) {
        try {
            background.execute(work);
        } catch (RejectedExecutionException e) {
            // The app is closing; a late focus change has nothing left to update.
        }
    }

    /**
     * For start-up: asks the desktop in the background and waits up to {@code patience} for the answer, so a dark
     * desktop does not see the window flash white, yet a slow desktop service cannot hold up the first frame. A later
     * answer still arrives through the UI executor.
     */
    public void detectDesktopBeforeShowing(Duration patience) {
        if (choice.get() != ThemeChoice.SYSTEM) {
            return;
        }
        CompletableFuture<ColorScheme> answer = new CompletableFuture<>();
        runInBackground(() -> answer.complete(desktopQuery.get()));
        try {
            desktop.set(answer.get(patience.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            answer.thenAccept(found -> ui.execute(() -> desktop.set(found)));
        } catch (ExecutionException e) {
            // No answer means the light default stays.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void save(ThemeChoice now) {
        runInBackground(() -> {
            try {
                store.save(now);
            } catch (IOException e) {
                // The theme still changes for this run; only the memory of it is lost.
                LOG.warning(() -> "could not save the theme choice: " + e.getClass().getSimpleName());
            }
        });
    }

    public ObjectProperty<ThemeChoice> choiceProperty() {
        return choice;
    }

    public ReadOnlyObjectProperty<ColorScheme> desktopSchemeProperty() {
        return desktop.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ColorScheme> schemeProperty() {
        return scheme.getReadOnlyProperty();
    }
}
