package org.invitemanager;

import java.time.Duration;
import java.util.Objects;
import java.util.stream.Stream;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.invitemanager.settings.AppPaths;
import org.invitemanager.ui.MainView;

/** The JavaFX application: one window holding the main view. */
public final class InviteManagerApp extends Application {

    private AppContext context;

    @Override
    public void start(Stage stage) {
        AppLogging.configure();
        context = new AppContext(AppPaths.fromEnvironment(), Platform::runLater);
        // Asked before the first frame, so a dark desktop never sees the app flash white.
        context.appearance().detectDesktopBeforeShowing(Duration.ofMillis(300));
        Scene scene = new Scene(new MainView(context.main(), context.appearance(), Platform::exit), 1160, 740);
        scene.getStylesheets().add(stylesheet());
        stage.titleProperty().bind(context.main().windowTitleProperty());
        stage.setMinWidth(560);
        stage.setMinHeight(480);
        stage.setScene(scene);
        stage.getIcons().setAll(icons());
        stage.show();
        StartupProbe.watch(stage);
    }

    @Override
    public void stop() {
        if (context != null) {
            context.close();
        }
    }

    /** Every size, so the title bar, taskbar and Alt+Tab each pick a sharp one. */
    static Image[] icons() {
        return Stream.of(16, 24, 32, 48, 64, 128, 256)
                .map(size -> "icons/invite-manager-" + size + ".png")
                .map(name -> new Image(Objects.requireNonNull(InviteManagerApp.class.getResource(name),
                        () -> name + " is missing").toExternalForm()))
                .toArray(Image[]::new);
    }

    static String stylesheet() {
        return Objects.requireNonNull(InviteManagerApp.class.getResource("ui/app.css"), "ui/app.css is missing")
                .toExternalForm();
    }
}
