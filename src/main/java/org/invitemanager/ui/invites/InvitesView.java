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
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyEvent;
import javafx.event.EventHandler;
import javafx.application.Platform;
import java.time.Clock;
import java.util.List;
import javafx.scene.Node;
import javafx.stage.Window;
import org.invitemanager.domain.Invite;
import org.invitemanager.domain.InviteKind;
import org.invitemanager.domain.LabelledInvite;
import org.invitemanager.ui.bulk.BulkView;
import org.invitemanager.ui.present.PresentationViewModel;
import org.invitemanager.ui.present.PresentationWindow;
import org.invitemanager.ui.qr.InviteKindText;
import org.invitemanager.ui.Texts;
import org.invitemanager.ui.app.Shortcut;
import org.invitemanager.ui.Workspace;
import org.invitemanager.ui.commands.CommandsView;
import org.invitemanager.ui.server.ServerSettingsView;
import org.invitemanager.ui.qr.InviteCardView;

/**
 * The screen behind the login: server and account, then five tabs: creating an invite beside its QR, the invite
 * list, the server's registration policy, batches of invites for an event, and any admin command the server offers. F11 shows the invite at hand full
 * screen, Ctrl+P prints it.
 */
public final class InvitesView extends VBox {

    private final TabPane tabs = new TabPane();
    private final Label server = new Label();

    public InvitesView(Workspace workspace, Runnable reconnect, Runnable signOut) {
        InvitesViewModel model = workspace.invites();
        setId("invitesView");
        tabs.setAccessibleText(Texts.get("invites.tabs.accessible"));
        setSpacing(16);
        setPadding(new Insets(20, 24, 20, 24));

        server.setId("serverName");
        server.getStyleClass().add(Styles.TITLE_3);
        server.textProperty().bind(model.serverProperty());
        Label account = new Label();
        account.setId("accountName");
        account.getStyleClass().add(Styles.TEXT_MUTED);
        account.textProperty().bind(Bindings.createStringBinding(() -> model.connectedProperty().get()
                        ? Texts.format("invites.account.loggedIn", model.accountProperty().get())
                        : Texts.format("invites.account.notConnected", model.accountProperty().get()),
                model.accountProperty(), model.connectedProperty()));
        VBox who = new VBox(2, server, account);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button signOutButton = new Button(Texts.get("invites.signOut"));
        signOutButton.setId("signOut");
        signOutButton.setOnAction(e -> signOut.run());
        HBox header = new HBox(12, who, spacer, signOutButton);
        header.setAlignment(Pos.CENTER_LEFT);
        // The window's main menu sits in the top right corner, above this row.
        header.setPadding(new Insets(0, 44, 0, 0));

        Label capabilities = new Label();
        capabilities.setId("capabilityNote");
        capabilities.setWrapText(true);
        // A short window squeezes the tabs, not these lines: squeezed, a wrapped label ends in "…" mid-sentence.
        capabilities.setMinHeight(Region.USE_PREF_SIZE);
        capabilities.textProperty().bind(model.capabilityNoteProperty());

        Button newAccount = new Button(Texts.get("invites.newAccount"));
        newAccount.setId("newAccountInvite");
        newAccount.getStyleClass().add(Styles.ACCENT);
        newAccount.setOnAction(e -> model.createInvite(InviteKind.ACCOUNT));
        newAccount.disableProperty().bind(model.canCreateAccountProperty().not()
                .or(model.busyProperty()).or(model.connectedProperty().not()));
        Button newContact = new Button(Texts.get("invites.newContact"));
        newContact.setId("newContactInvite");
        newContact.setOnAction(e -> model.createInvite(InviteKind.CONTACT));
        newContact.disableProperty().bind(model.canCreateContactProperty().not()
                .or(model.busyProperty()).or(model.connectedProperty().not()));
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("inviteProgress");
        progress.setPrefSize(22, 22);
        progress.visibleProperty().bind(model.busyProperty());
        Label status = new Label();
        status.setId("inviteStatus");
        status.textProperty().bind(model.statusProperty());
        newAccount.setMaxWidth(Double.MAX_VALUE);
        newContact.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(newAccount, Priority.ALWAYS);
        HBox.setHgrow(newContact, Priority.ALWAYS);
        HBox quick = new HBox(8, newAccount, newContact, progress);
        quick.setAlignment(Pos.CENTER_LEFT);
        newAccount.setMinWidth(Region.USE_PREF_SIZE);
        newContact.setMinWidth(Region.USE_PREF_SIZE);
        Button stopWaiting = new Button(Texts.get("invites.cancelCreate"));
        stopWaiting.setId("cancelCreate");
        // Esc stops waiting only while there is something to wait for: a hidden cancel button still takes the key.
        stopWaiting.cancelButtonProperty().bind(model.creatingProperty());
        stopWaiting.setOnAction(e -> model.cancelCreate());
        stopWaiting.visibleProperty().bind(model.creatingProperty());
        stopWaiting.managedProperty().bind(stopWaiting.visibleProperty());
        HBox waiting = new HBox(12, status, stopWaiting);
        waiting.setAlignment(Pos.CENTER_LEFT);
        Label notice = new Label();
        notice.setId("inviteNotice");
        notice.setWrapText(true);
        notice.getStyleClass().add(Styles.SUCCESS);
        notice.textProperty().bind(model.noticeProperty());
        notice.visibleProperty().bind(model.noticeProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        VBox actions = new VBox(6, quick, waiting, notice);

        Label error = new Label();
        error.setId("inviteError");
        error.setWrapText(true);
        error.setMinHeight(Region.USE_PREF_SIZE);
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(model.errorProperty());
        Button reconnectButton = new Button(Texts.get("invites.reconnect"));
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
        card.setOnPresent(() -> presentCard(model));
        ScrollPane scroll = new ScrollPane(card);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        HBox.setHgrow(scroll, Priority.ALWAYS);

        CreateInviteForm options = new CreateInviteForm(workspace.create(), model);
        options.visibleProperty().bind(model.companionProperty());
        options.managedProperty().bind(options.visibleProperty());
        Label optionsTitle = new Label(Texts.get("invites.optionsTitle"));
        optionsTitle.getStyleClass().add(Styles.TEXT_BOLD);
        optionsTitle.visibleProperty().bind(model.companionProperty());
        optionsTitle.managedProperty().bind(optionsTitle.visibleProperty());
        VBox left = new VBox(14, actions, optionsTitle, options, new CompanionInstallView(model));
        left.setPrefWidth(360);
        left.setMinWidth(340);
        ScrollPane leftScroll = new ScrollPane(left);
        leftScroll.setFitToWidth(true);
        leftScroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        leftScroll.setMinWidth(370);
        leftScroll.setPrefWidth(380);
        HBox createPage = new HBox(20, leftScroll, scroll);
        createPage.setPadding(new Insets(12, 0, 0, 0));

        InviteListView list = new InviteListView(workspace.list(), () -> tabs.getSelectionModel().select(0));
        list.setPadding(new Insets(12, 0, 0, 0));
        ServerSettingsView settings = new ServerSettingsView(workspace.server());
        settings.setPadding(new Insets(12, 0, 0, 0));
        BulkView bulk = new BulkView(workspace.bulk(), this::present);
        bulk.setPadding(new Insets(12, 0, 0, 0));
        CommandsView commands = new CommandsView(workspace.commands());
        commands.setOnPresent(() -> presentFound(workspace.commands().runner().inviteProperty().get()));
        tabs.getTabs().addAll(tab("tabCreate", Texts.get("invites.tab.create"), createPage),
                tab("tabList", Texts.get("invites.tab.list"), list),
                tab("tabServer", Texts.get("invites.tab.server"), settings),
                tab("tabBulk", Texts.get("invites.tab.bulk"), bulk),
                tab("tabCommands", Texts.get("invites.tab.commands"), commands));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getSelectionModel().selectedIndexProperty().addListener((obs, old, index) -> {
            if (index.intValue() == 1) {
                list.shown();
            } else if (index.intValue() == 2) {
                settings.shown();
            } else if (index.intValue() == 4) {
                commands.shown();
            }
        });
        VBox.setVgrow(tabs, Priority.ALWAYS);
        EventHandler<KeyEvent> shortcuts = e -> {
            Node page = tabs.getSelectionModel().getSelectedItem().getContent();
            if (Shortcut.TABS.matches(e)) {
                tabs.getSelectionModel().select(Shortcut.TABS.keys().indexOf(Shortcut.TABS.keys().stream()
                        .filter(key -> key.match(e)).findFirst().orElseThrow()));
            } else if (Shortcut.NEW_ACCOUNT_INVITE.matches(e) || Shortcut.NEW_CONTACT_INVITE.matches(e)) {
                // The buttons, not the model: a shortcut must do nothing a disabled button would not.
                tabs.getSelectionModel().select(0);
                (Shortcut.NEW_ACCOUNT_INVITE.matches(e) ? newAccount : newContact).fire();
            } else if (Shortcut.COPY_LINK.matches(e)) {
                fireIn(page == commands ? commands : createPage, "#copyLink");
            } else if (Shortcut.REFRESH.matches(e)) {
                fireIn(page, page == list ? "#refreshInvites" : page == settings ? "#reloadPolicy"
                        : "#refreshCommands");
            } else if (Shortcut.FULL_SCREEN.matches(e)) {
                if (page == bulk) {
                    bulk.presentFromSelection();
                } else if (page == commands) {
                    presentFound(workspace.commands().runner().inviteProperty().get());
                } else {
                    presentCard(model);
                }
            } else if (Shortcut.PRINT.matches(e) && page == createPage) {
                card.print(model.card());
            } else {
                return;
            }
            e.consume();
        };
        // On the scene, not this node: right after login nothing inside this page has the focus yet, and a shortcut
        // must still work then. The page leaves the scene at sign-out, and its shortcuts with it.
        sceneProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.removeEventFilter(KeyEvent.KEY_PRESSED, shortcuts);
            }
            if (now != null) {
                now.addEventFilter(KeyEvent.KEY_PRESSED, shortcuts);
            }
        });
        // Each login starts on the create tab, where the admin's most common task is.
        model.connectedProperty().addListener((obs, was, now) -> {
            if (now && !was && model.errorProperty().get().isEmpty()) {
                tabs.getSelectionModel().select(0);
                // The keyboard starts on the most common action, as the mouse would.
                Platform.runLater(newAccount::requestFocus);
            }
        });

        getChildren().addAll(header, capabilities, problems, tabs);
    }

    /** Presses a button of the page as a click would, if the page has it and it is usable now. */
    private static void fireIn(Node page, String buttonId) {
        if (page.lookup(buttonId) instanceof Button button && !button.isDisabled() && button.isVisible()) {
            button.fire();
        }
    }

    private void presentCard(InvitesViewModel model) {
        presentFound(model.card().inviteProperty().get());
    }

    private void presentFound(Invite shown) {
        if (shown != null) {
            present(List.of(new LabelledInvite(InviteKindText.of(shown), shown)), 0);
        }
    }

    /** Opens presentation mode for {@code invites}, starting at {@code start}. */
    private void present(List<LabelledInvite> invites, int start) {
        Window owner = getScene() == null ? null : getScene().getWindow();
        PresentationWindow.open(owner, new PresentationViewModel(invites, start, server.getText(), Clock.systemUTC()));
    }

    private static Tab tab(String id, String title, javafx.scene.Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        tab.setTooltip(new javafx.scene.control.Tooltip(title));
        return tab;
    }

    public TabPane tabs() {
        return tabs;
    }
}
