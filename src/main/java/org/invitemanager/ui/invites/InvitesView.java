package org.invitemanager.ui.invites;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.invitemanager.domain.InviteKind;
import org.invitemanager.ui.qr.InviteCardView;

/** The main screen: server and account, what they allow, the create buttons, and the invite just made. */
public final class InvitesView extends VBox {

    public InvitesView(InvitesViewModel model, Runnable reconnect, Runnable signOut) {
        setId("invitesView");
        setSpacing(16);
        setPadding(new Insets(20, 24, 20, 24));

        Label server = new Label();
        server.setId("serverName");
        server.getStyleClass().add(Styles.TITLE_3);
        server.textProperty().bind(model.serverProperty());
        Label account = new Label();
        account.setId("accountName");
        account.getStyleClass().add(Styles.TEXT_MUTED);
        account.textProperty().bind(model.accountProperty().concat(
                Bindings.when(model.connectedProperty()).then(" (logged in)").otherwise(" (not connected)")));
        VBox who = new VBox(2, server, account);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button signOutButton = new Button("Sign o_ut");
        signOutButton.setId("signOut");
        signOutButton.setOnAction(e -> signOut.run());
        HBox header = new HBox(12, who, spacer, signOutButton);
        header.setAlignment(Pos.CENTER_LEFT);

        Label capabilities = new Label();
        capabilities.setId("capabilityNote");
        capabilities.setWrapText(true);
        capabilities.textProperty().bind(model.capabilityNoteProperty());

        Button newAccount = new Button("New _account invite");
        newAccount.setId("newAccountInvite");
        newAccount.getStyleClass().add(Styles.ACCENT);
        newAccount.setOnAction(e -> model.createInvite(InviteKind.ACCOUNT));
        newAccount.disableProperty().bind(model.canCreateAccountProperty().not()
                .or(model.busyProperty()).or(model.connectedProperty().not()));
        Button newContact = new Button("New _contact invite");
        newContact.setId("newContactInvite");
        newContact.setOnAction(e -> model.createInvite(InviteKind.CONTACT));
        newContact.disableProperty().bind(model.canCreateContactProperty().not()
                .or(model.busyProperty()).or(model.connectedProperty().not()));
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(22, 22);
        progress.visibleProperty().bind(model.busyProperty());
        Label status = new Label();
        status.setId("inviteStatus");
        status.textProperty().bind(model.statusProperty());
        HBox actions = new HBox(10, newAccount, newContact, progress, status);
        actions.setAlignment(Pos.CENTER_LEFT);

        Label error = new Label();
        error.setId("inviteError");
        error.setWrapText(true);
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(model.errorProperty());
        Button reconnectButton = new Button("_Reconnect");
        reconnectButton.setId("reconnect");
        reconnectButton.setOnAction(e -> reconnect.run());
        reconnectButton.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(error, Priority.ALWAYS);
        reconnectButton.visibleProperty().bind(model.connectedProperty().not().and(model.busyProperty().not()));
        reconnectButton.managedProperty().bind(reconnectButton.visibleProperty());
        HBox problems = new HBox(12, error, reconnectButton);
        problems.setAlignment(Pos.CENTER_LEFT);
        problems.visibleProperty().bind(model.errorProperty().isNotEmpty().or(reconnectButton.visibleProperty()));
        problems.managedProperty().bind(problems.visibleProperty());

        InviteCardView card = new InviteCardView(model.card());
        ScrollPane scroll = new ScrollPane(card);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        VBox.setVgrow(scroll, Priority.ALWAYS);

        getChildren().addAll(header, capabilities, actions, problems, scroll);
    }
}
