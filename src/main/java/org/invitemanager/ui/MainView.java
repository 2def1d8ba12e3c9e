package org.invitemanager.ui;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import org.invitemanager.desktop.AppInfo;
import org.invitemanager.ui.app.AboutDialog;
import org.invitemanager.ui.app.AppMenu;
import org.invitemanager.ui.app.AppearanceViewModel;
import org.invitemanager.ui.app.CompanionGuideDialog;
import org.invitemanager.ui.app.Shortcut;
import org.invitemanager.ui.app.ShortcutsOverlay;
import org.invitemanager.ui.app.ThemeApplier;
import org.invitemanager.ui.invites.InvitesView;
import org.invitemanager.ui.login.LoginView;

/**
 * The window's content: the login screen or the invites screen, as the main model says, with the main menu in the top
 * corner and the keyboard shortcuts' overlay above everything.
 */
public final class MainView extends StackPane {

    private static final String ICON = "/org/invitemanager/icons/invite-manager-64.png";

    private final LoginView login;
    private final ScrollPane loginPage;
    private final InvitesView invites;
    private final StackPane page = new StackPane();
    private final AppMenu menu;
    private final ShortcutsOverlay shortcuts = new ShortcutsOverlay();

    public MainView(MainViewModel model, AppearanceViewModel appearance, Runnable quit) {
        login = new LoginView(model.login());
        // The form keeps its width and sits centred, however wide the window is.
        StackPane centred = new StackPane(login);
        StackPane.setAlignment(login, Pos.TOP_CENTER);
        loginPage = new ScrollPane(centred);
        loginPage.setFitToWidth(true);
        StackPane.setAlignment(loginPage, Pos.TOP_CENTER);
        invites = new InvitesView(model.workspace(), model::reconnect, model::signOut);
        menu = new AppMenu(appearance, shortcuts::show, this::showCompanionSteps, this::showAbout, quit);
        StackPane.setAlignment(menu, Pos.TOP_RIGHT);
        StackPane.setMargin(menu, new Insets(12, 12, 0, 0));
        getStyleClass().add("main-view");
        getChildren().addAll(page, menu, shortcuts);
        model.pageProperty().addListener((obs, old, now) -> show(now));
        show(model.pageProperty().get());

        ThemeApplier.apply(appearance.schemeProperty().get(), this);
        appearance.schemeProperty().addListener((obs, old, now) -> ThemeApplier.apply(now, this));
        // Someone who has just switched the desktop to dark looks at the app next: ask again when it gets the focus.
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.windowProperty().addListener((o, was, window) -> {
                    if (window != null) {
                        window.focusedProperty().addListener((f, before, focused) -> {
                            if (focused && getScene() == window.getScene()) {
                                appearance.refreshFromDesktop();
                            }
                        });
                    }
                });
            }
        });
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (shortcuts.isVisible()) {
                return;
            }
            if (Shortcut.SHORTCUTS.matches(e)) {
                shortcuts.show();
                e.consume();
            } else if (Shortcut.MENU.matches(e)) {
                menu.show();
                e.consume();
            } else if (Shortcut.QUIT.matches(e)) {
                quit.run();
                e.consume();
            }
        });
    }

    private void show(Page shown) {
        if (shown == Page.INVITES) {
            page.getChildren().setAll(invites);
        } else {
            page.getChildren().setAll(loginPage);
            // Focus only moves once the node is in a scene; run it after the switch has been laid out.
            Platform.runLater(login::focusFirstEmptyField);
        }
    }

    private void showAbout() {
        var icon = MainView.class.getResource(ICON);
        new AboutDialog(getScene().getWindow(), AppInfo.load(), icon == null ? null : new Image(icon.toExternalForm()),
                this::showCompanionSteps).show();
    }

    private void showCompanionSteps() {
        new CompanionGuideDialog(getScene().getWindow()).show();
    }

    public ShortcutsOverlay shortcutsOverlay() {
        return shortcuts;
    }
}
