package org.invitemanager.ui;

import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;
import org.invitemanager.ui.invites.InvitesView;
import org.invitemanager.ui.login.LoginView;

/** The window's content: the login screen or the invites screen, as the main model says. */
public final class MainView extends StackPane {

    private final LoginView login;
    private final ScrollPane loginPage;
    private final InvitesView invites;

    public MainView(MainViewModel model) {
        login = new LoginView(model.login());
        // The form keeps its width and sits centred, however wide the window is.
        StackPane centred = new StackPane(login);
        StackPane.setAlignment(login, Pos.TOP_CENTER);
        loginPage = new ScrollPane(centred);
        loginPage.setFitToWidth(true);
        StackPane.setAlignment(loginPage, Pos.TOP_CENTER);
        invites = new InvitesView(model.workspace(), model::reconnect, model::signOut);
        getStyleClass().add("main-view");
        model.pageProperty().addListener((obs, old, page) -> show(page));
        show(model.pageProperty().get());
    }

    private void show(Page page) {
        if (page == Page.INVITES) {
            getChildren().setAll(invites);
        } else {
            getChildren().setAll(loginPage);
            // Focus only moves once the node is in a scene; run it after the switch has been laid out.
            Platform.runLater(login::focusFirstEmptyField);
        }
    }
}
