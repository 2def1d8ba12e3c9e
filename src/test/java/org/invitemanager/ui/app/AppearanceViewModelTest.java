package org.invitemanager.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.invitemanager.desktop.ColorScheme;
import org.invitemanager.desktop.ThemeChoice;
import org.invitemanager.settings.AppearanceStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppearanceViewModelTest {

    @TempDir
    Path config;

    private final AtomicReference<ColorScheme> desktop = new AtomicReference<>(ColorScheme.LIGHT);

    private AppearanceViewModel model() {
        return new AppearanceViewModel(new AppearanceStore(config), desktop::get, Runnable::run, Runnable::run);
    }

    @Test
    void followsTheDesktopByDefaultAndWhenItChanges() {
        AppearanceViewModel model = model();
        assertEquals(ThemeChoice.SYSTEM, model.choiceProperty().get());
        assertEquals(ColorScheme.LIGHT, model.schemeProperty().get());
        desktop.set(ColorScheme.DARK);
        model.refreshFromDesktop();
        assertEquals(ColorScheme.DARK, model.schemeProperty().get());
        assertEquals(ColorScheme.DARK, model.desktopSchemeProperty().get());
    }

    @Test
    void anOverrideWinsOverTheDesktopAndIsRememberedForTheNextStart() {
        AppearanceViewModel model = model();
        model.choiceProperty().set(ThemeChoice.DARK);
        desktop.set(ColorScheme.LIGHT);
        model.refreshFromDesktop();
        assertEquals(ColorScheme.DARK, model.schemeProperty().get());

        AppearanceViewModel next = model();
        assertEquals(ThemeChoice.DARK, next.choiceProperty().get());
        assertEquals(ColorScheme.DARK, next.schemeProperty().get());
        next.choiceProperty().set(ThemeChoice.SYSTEM);
        assertEquals(ColorScheme.LIGHT, next.schemeProperty().get());
        assertEquals(ThemeChoice.SYSTEM, new AppearanceStore(config).load());
    }

    @Test
    void startUpAsksTheDesktopOnlyWhenFollowingIt() {
        desktop.set(ColorScheme.DARK);
        AppearanceViewModel model = model();
        model.detectDesktopBeforeShowing(java.time.Duration.ofSeconds(5));
        assertEquals(ColorScheme.DARK, model.schemeProperty().get());

        model.choiceProperty().set(ThemeChoice.LIGHT);
        AppearanceViewModel light = model();
        desktop.set(null);
        light.detectDesktopBeforeShowing(java.time.Duration.ofSeconds(5));
        assertEquals(ColorScheme.LIGHT, light.schemeProperty().get());
    }

    @Test
    void aDamagedFileMeansFollowTheDesktop() throws Exception {
        java.nio.file.Files.writeString(config.resolve("appearance.properties"), "theme=PURPLE\n");
        assertEquals(ThemeChoice.SYSTEM, model().choiceProperty().get());
    }

    @Test
    void aFocusChangeWhileTheAppClosesIsIgnored() {
        java.util.concurrent.ExecutorService closed = java.util.concurrent.Executors.newSingleThreadExecutor();
        closed.shutdown();
        AppearanceViewModel model = new AppearanceViewModel(new AppearanceStore(config), desktop::get, closed,
                Runnable::run);
        model.refreshFromDesktop();
        model.choiceProperty().set(ThemeChoice.DARK);
        assertEquals(ColorScheme.DARK, model.schemeProperty().get());
    }

    @Test
    void aSlowDesktopDoesNotHoldUpTheFirstFrameAndItsAnswerStillArrives() throws Exception {
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService background = java.util.concurrent.Executors.newSingleThreadExecutor();
        java.util.List<Runnable> uiQueue = new java.util.concurrent.CopyOnWriteArrayList<>();
        AppearanceViewModel model = new AppearanceViewModel(new AppearanceStore(config), () -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return ColorScheme.DARK;
        }, background, uiQueue::add);
        long start = System.nanoTime();
        model.detectDesktopBeforeShowing(java.time.Duration.ofMillis(100));
        long waited = (System.nanoTime() - start) / 1_000_000;
        assertEquals(ColorScheme.LIGHT, model.schemeProperty().get());
        org.junit.jupiter.api.Assertions.assertTrue(waited < 2_000, "waited " + waited + " ms");

        release.countDown();
        background.shutdown();
        org.junit.jupiter.api.Assertions.assertTrue(background.awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS));
        uiQueue.forEach(Runnable::run);
        assertEquals(ColorScheme.DARK, model.schemeProperty().get());
    }
}
