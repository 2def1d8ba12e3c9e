package org.invitemanager.ui.invites;

import atlantafx.base.theme.Styles;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.invitemanager.ui.Texts;
import org.invitemanager.ui.app.Shortcut;
import org.invitemanager.ui.Ticker;

/** The invite table with filter, refresh, show-QR and revoke (after an in-place confirmation). */
public final class InviteListView extends VBox {

    private final InviteListViewModel model;
    private final TableView<InviteRow> table = new TableView<>();

    public InviteListView(InviteListViewModel model, Runnable showCard) {
        this.model = model;
        setId("inviteListView");
        setSpacing(10);

        Label source = new Label();
        source.setId("inviteListSource");
        source.setWrapText(true);
        source.getStyleClass().add(Styles.TEXT_MUTED);
        source.textProperty().bind(model.sourceProperty());

        TextField filter = new TextField();
        filter.setId("inviteFilter");
        filter.setPromptText(Texts.get("list.filter.prompt"));
        filter.setAccessibleText(Texts.get("list.filter.accessible"));
        filter.textProperty().bindBidirectional(model.filterProperty());
        HBox.setHgrow(filter, Priority.ALWAYS);
        ChoiceBox<InviteListViewModel.Show> show = new ChoiceBox<>();
        show.setId("inviteStatusFilter");
        show.getItems().setAll(InviteListViewModel.Show.values());
        show.valueProperty().bindBidirectional(model.showProperty());
        show.setAccessibleText(Texts.get("list.show.accessible"));
        Button refresh = new Button(Texts.get("list.refresh"));
        refresh.setId("refreshInvites");
        refresh.setOnAction(e -> model.refresh());
        refresh.disableProperty().bind(model.busyProperty());
        HBox tools = new HBox(8, filter, show, refresh);
        tools.setAlignment(Pos.CENTER_LEFT);

        buildTable(showCard);
        VBox.setVgrow(table, Priority.ALWAYS);

        Button showQr = new Button(Texts.get("list.showQr"));
        showQr.setId("showInviteQr");
        showQr.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        showQr.setOnAction(e -> showSelected(showCard));
        Button revoke = new Button(Texts.get("list.revoke"));
        revoke.setId("revokeInvite");
        revoke.getStyleClass().add(Styles.DANGER);
        revoke.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull()
                .or(model.fromServerProperty().not()).or(model.busyProperty()).or(model.connectedProperty().not()));
        revoke.setOnAction(e -> model.requestRevoke(table.getSelectionModel().getSelectedItem()));
        Button removeExpired = new Button(Texts.get("list.removeExpired"));
        removeExpired.setId("removeExpired");
        removeExpired.disableProperty().bind(model.fromServerProperty().not().or(model.busyProperty())
                .or(model.connectedProperty().not()));
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(20, 20);
        progress.visibleProperty().bind(model.busyProperty());
        Label status = new Label();
        status.setId("inviteListStatus");
        status.textProperty().bind(model.statusProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = new HBox(8, showQr, revoke, removeExpired, spacer, progress, status);
        actions.setAlignment(Pos.CENTER_LEFT);

        Label error = new Label();
        error.setId("inviteListError");
        error.setWrapText(true);
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(model.errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());

        getChildren().addAll(source, tools, table, actions, confirmationBar(), error);

        addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (Shortcut.FIND.matches(e)) {
                filter.requestFocus();
                e.consume();
            }
        });
        Ticker.whileShown(this, model::refreshClock);
    }

    /** Called when the list's tab is shown: the list is read fresh each time, never assumed. */
    public void shown() {
        model.refresh();
    }

    private void buildTable(Runnable showCard) {
        table.setId("inviteTable");
        table.setAccessibleText(Texts.get("list.table.accessible"));
        table.setPlaceholder(new Label(Texts.get("list.table.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column(Texts.get("list.column.kind"), 120,
                row -> new ReadOnlyStringWrapper(row.kindText())));
        table.getColumns().add(column(Texts.get("list.column.note"), 160,
                row -> new ReadOnlyStringWrapper(row.entry().note())));
        TableColumn<InviteRow, String> created = column(Texts.get("list.column.created"), 130,
                row -> new ReadOnlyStringWrapper(row.createdText()));
        created.setComparator(java.util.Comparator.naturalOrder());
        table.getColumns().add(created);
        table.getColumns().add(column(Texts.get("list.column.expires"), 100, InviteRow::expiryProperty));
        table.getColumns().add(column(Texts.get("list.column.status"), 80, InviteRow::statusProperty));
        table.getColumns().add(column(Texts.get("list.column.uses"), 70,
                row -> new ReadOnlyStringWrapper(row.usesText())));
        table.getColumns().add(column(Texts.get("list.column.usedBy"), 200,
                row -> new ReadOnlyStringWrapper(row.usedByText())));
        SortedList<InviteRow> sorted = new SortedList<>(model.visibleRows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                showSelected(showCard);
            }
        });
        table.setOnKeyPressed(e -> {
            if (Shortcut.REVOKE.matches(e)) {
                model.requestRevoke(table.getSelectionModel().getSelectedItem());
            } else if (e.getCode() == KeyCode.ENTER) {
                showSelected(showCard);
            }
        });
    }

    private void showSelected(Runnable showCard) {
        if (model.showQr(table.getSelectionModel().getSelectedItem())) {
            showCard.run();
        }
    }

    private HBox confirmationBar() {
        Label question = new Label();
        question.setId("revokeQuestion");
        question.setWrapText(true);
        question.getStyleClass().add(Styles.WARNING);
        question.textProperty().bind(model.confirmationProperty());
        HBox.setHgrow(question, Priority.ALWAYS);
        Button confirm = new Button(Texts.get("list.confirmRevoke"));
        confirm.setId("confirmRevoke");
        confirm.getStyleClass().add(Styles.DANGER);
        confirm.setOnAction(e -> model.confirmRevoke());
        Button keep = new Button(Texts.get("list.cancelRevoke"));
        keep.setId("cancelRevoke");
        keep.setCancelButton(true);
        keep.setOnAction(e -> model.cancelRevoke());
        HBox bar = new HBox(8, question, confirm, keep);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.visibleProperty().bind(model.confirmationProperty().isNotEmpty());
        bar.managedProperty().bind(bar.visibleProperty());
        // The safe choice has focus, so a stray Enter keeps the invite.
        bar.visibleProperty().addListener((obs, was, visible) -> {
            if (visible) {
                keep.requestFocus();
            }
        });
        return bar;
    }

    private static TableColumn<InviteRow, String> column(String title, double width,
                                                         Function<InviteRow, ObservableValue<String>> value) {
        TableColumn<InviteRow, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> value.apply(cell.getValue()));
        return column;
    }
}
