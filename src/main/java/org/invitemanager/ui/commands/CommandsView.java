package org.invitemanager.ui.commands;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.invitemanager.domain.command.AdminCommand;
import org.invitemanager.domain.command.CommandGroup;
import org.invitemanager.ui.Texts;

/** The Commands tab: a searchable, grouped list of the server's commands beside the one running. */
public final class CommandsView extends HBox {

    private final CommandsViewModel model;
    private final TreeView<Object> tree = new TreeView<>(new TreeItem<>());
    private final TextField search = new TextField();
    private final CommandRunView run;

    public CommandsView(CommandsViewModel model) {
        this.model = model;
        setId("commandsView");
        setSpacing(20);

        search.setId("commandSearch");
        search.setPromptText(Texts.get("commands.search.prompt"));
        search.setAccessibleText(Texts.get("commands.search.accessible"));
        search.textProperty().bindBidirectional(model.searchProperty());
        // Down from the search box goes into the list, so search, arrow, Enter runs a command without the mouse.
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER) {
                selectFirstCommand();
                tree.requestFocus();
                e.consume();
            }
        });

        tree.setId("commandTree");
        tree.setShowRoot(false);
        tree.setAccessibleText(Texts.get("commands.tree.accessible"));
        tree.setCellFactory(view -> new CommandCell());
        tree.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected();
                e.consume();
            }
        });
        tree.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                openSelected();
            }
        });
        VBox.setVgrow(tree, Priority.ALWAYS);

        Button refresh = new Button(Texts.get("commands.refresh"));
        refresh.setId("refreshCommands");
        refresh.setMnemonicParsing(false);
        refresh.setOnAction(e -> model.refresh());
        refresh.disableProperty().bind(model.loadingProperty().or(model.connectedProperty().not()));
        Label status = new Label();
        status.setId("commandsStatus");
        status.getStyleClass().add(Styles.TEXT_MUTED);
        status.textProperty().bind(model.statusProperty());
        Label error = new Label();
        error.setId("commandsError");
        error.setWrapText(true);
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        VBox left = new VBox(8, search, tree, error, new HBox(8, refresh, status));
        left.setMinWidth(260);
        left.setPrefWidth(300);
        left.setMaxWidth(340);
        run = new CommandRunView(model.runner());
        HBox.setHgrow(run, Priority.ALWAYS);
        setPadding(new Insets(12, 0, 0, 0));

        model.groupsProperty().addListener((obs, old, now) -> fill(now));
        fill(model.groupsProperty().get());
        getChildren().addAll(left, run);
    }

    /** Called when the tab is shown: the list is read the first time, and typing goes to the search box. */
    public void shown() {
        model.shown();
        // After the tab switch has finished moving focus, or it would take the focus back.
        javafx.application.Platform.runLater(search::requestFocus);
    }

    /** What the Full screen button of an invite found in a result does. */
    public void setOnPresent(Runnable action) {
        run.setOnPresent(action);
    }

    private void fill(List<CommandsViewModel.Group> groups) {
        TreeItem<Object> root = tree.getRoot();
        root.getChildren().clear();
        for (CommandsViewModel.Group group : groups) {
            TreeItem<Object> heading = new TreeItem<>(title(group.group()));
            heading.setExpanded(true);
            group.commands().forEach(command -> heading.getChildren().add(new TreeItem<>(command)));
            root.getChildren().add(heading);
        }
    }

    private static String title(CommandGroup group) {
        return switch (group) {
            case INVITES -> Texts.get("commands.group.invites");
            case USERS -> Texts.get("commands.group.users");
            case MODULES -> Texts.get("commands.group.modules");
            case SERVER -> Texts.get("commands.group.server");
            case OTHER -> Texts.get("commands.group.other");
        };
    }

    private void selectFirstCommand() {
        if (!(tree.getSelectionModel().getSelectedItem() != null
                && tree.getSelectionModel().getSelectedItem().getValue() instanceof AdminCommand)) {
            for (TreeItem<Object> heading : tree.getRoot().getChildren()) {
                if (!heading.getChildren().isEmpty()) {
                    tree.getSelectionModel().select(heading.getChildren().get(0));
                    return;
                }
            }
        }
    }

    private void openSelected() {
        TreeItem<Object> item = tree.getSelectionModel().getSelectedItem();
        if (item != null && item.getValue() instanceof AdminCommand command) {
            model.open(command);
        }
    }

    /** Group headings in bold; commands by name, with the node as a tooltip for admins who know nodes. */
    private static final class CommandCell extends TreeCell<Object> {
        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            setMnemonicParsing(false);
            getStyleClass().remove(Styles.TEXT_BOLD);
            if (empty || item == null) {
                setText(null);
                setTooltip(null);
            } else if (item instanceof AdminCommand command) {
                setText(command.name());
                setTooltip(new Tooltip(command.node()));
                setId("command-" + FieldEditors.id("", command.node()));
            } else {
                setText(item.toString());
                setTooltip(null);
                getStyleClass().add(Styles.TEXT_BOLD);
            }
        }
    }
}
