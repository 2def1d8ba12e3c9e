package org.invitemanager;

import java.util.Objects;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
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
        context.appearance().detectDesktopNow();
        Scene scene = new Scene(new MainView(context.main(), context.appearance(), Platform::exit), 1160, 740);
        scene.getStylesheets().add(stylesheet());
        stage.titleProperty().bind(context.main().windowTitleProperty());
        stage.setMinWidth(560);
        stage.setMinHeight(480);
        stage.setScene(scene);
        stage.show();
    }

    @Override
    public void stop() {
        if (context != null) {
            context.close();
        }
    }

    static String stylesheet() {
        return Objects.requireNonNull(InviteManagerApp.class.getResource("ui/app.css"), "ui/app.css is missing")
                .toExternalForm();
    }
}
