package org.invitemanager.ui.commands;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.invitemanager.domain.command.CommandAction;
import org.invitemanager.domain.command.CommandNote;
import org.invitemanager.ui.qr.InviteCardView;
import org.invitemanager.ui.Texts;

/**
 * The running command: its name, the server's notes, the form or result, and the buttons the server allows, with
 * its default action on Enter and Cancel on Esc.
 */
public final class CommandRunView extends VBox {

    private final CommandRunViewModel model;
    private final VBox notes = new VBox(4);
    private final VBox content = new VBox(12);
    private final Map<CommandAction, Button> buttons;
    private final InviteCardView card;
    private FormPane formPane;

    public CommandRunView(CommandRunViewModel model) {
        this.model = model;
        setId("commandRunView");
        setSpacing(10);
        card = new InviteCardView(model.card());

        Label title = new Label(Texts.get("commands.run.pick"));
        title.setId("commandTitle");
        title.setMnemonicParsing(false);
        title.getStyleClass().add(Styles.TITLE_3);
        title.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> model.commandProperty().get() == null ? Texts.get("commands.run.pick")
                        : model.commandProperty().get().name(), model.commandProperty()));
        Label node = new Label();
        node.setMnemonicParsing(false);
        node.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        node.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> model.commandProperty().get() == null ? "" : model.commandProperty().get().node(),
                model.commandProperty()));

        notes.setId("commandNotes");
        Label error = new Label();
        error.setId("commandError");
        error.setWrapText(true);
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setId("commandScroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);

        buttons = Map.of(CommandAction.PREV, button("commandPrev", Texts.get("commands.run.previous")),
                CommandAction.NEXT, button("commandNext", Texts.get("commands.run.next")),
                CommandAction.COMPLETE, button("commandComplete", Texts.get("commands.run.finish")));
        buttons.forEach((action, button) -> button.setOnAction(e -> {
            model.take(action);
            focusFirstProblem();
        }));
        Button cancel = new Button(Texts.get("commands.run.cancel"));
        cancel.setId("commandCancel");
        cancel.setMnemonicParsing(false);
        cancel.setOnAction(e -> model.cancel());
        cancel.visibleProperty().bind(model.cancellableProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(18, 18);
        progress.visibleProperty().bind(model.busyProperty());
        Label status = new Label();
        status.setId("commandStatus");
        status.getStyleClass().add(Styles.TEXT_MUTED);
        status.textProperty().bind(model.statusProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, progress, status, gap, cancel, buttons.get(CommandAction.PREV),
                buttons.get(CommandAction.NEXT), buttons.get(CommandAction.COMPLETE));
        bar.setAlignment(Pos.CENTER_LEFT);

        model.actionsProperty().addListener((obs, old, now) -> showButtons());
        model.enterActionProperty().addListener((obs, old, now) -> showButtons());
        model.busyProperty().addListener((obs, old, now) -> showButtons());
        model.notesProperty().addListener((obs, old, now) -> showNotes(now));
        model.formProperty().addListener((obs, old, now) -> showContent());
        model.resultProperty().addListener((obs, old, now) -> showContent());
        model.inviteProperty().addListener((obs, old, now) -> showContent());
        showButtons();

        // Enter goes to the server's default action, except where Enter means something in the field itself.
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShiftDown() && !(e.getTarget() instanceof javafx.scene.control.TextArea)
                    && !(e.getTarget() instanceof javafx.scene.control.ComboBoxBase<?>)
                    && !(e.getTarget() instanceof Button) && model.enterActionProperty().get() != null) {
                model.takeEnterAction();
                focusFirstProblem();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE && model.cancellableProperty().get()) {
                model.cancel();
                e.consume();
            }
        });
        getChildren().addAll(new VBox(2, title, node), notes, error, scroll, bar);
    }

    private Button button(String id, String text) {
        Button button = new Button(text);
        button.setId(id);
        button.setMnemonicParsing(false);
        return button;
    }

    private void showButtons() {
        List<CommandAction> allowed = model.actionsProperty().get();
        CommandAction enter = model.enterActionProperty().get();
        buttons.forEach((action, button) -> {
            button.setVisible(allowed.contains(action));
            button.setManaged(button.isVisible());
            button.setDisable(model.busyProperty().get());
            button.getStyleClass().remove(Styles.ACCENT);
            if (action == enter) {
                button.getStyleClass().add(Styles.ACCENT);
            }
        });
    }

    private void showNotes(List<CommandNote> shown) {
        notes.getChildren().clear();
        for (CommandNote note : shown) {
            Label line = new Label(switch (note.severity()) {
                case ERROR -> Texts.format("commands.note.error", note.text());
                case WARN -> Texts.format("commands.note.warning", note.text());
                case INFO -> note.text();
            });
            line.setWrapText(true);
            line.setMnemonicParsing(false);
            line.getStyleClass().add(switch (note.severity()) {
                case ERROR -> Styles.DANGER;
                case WARN -> Styles.WARNING;
                case INFO -> Styles.ACCENT;
            });
            line.getStyleClass().add("command-note");
            notes.getChildren().add(line);
        }
    }

    private void showContent() {
        content.getChildren().clear();
        formPane = null;
        if (model.formProperty().get() != null) {
            formPane = new FormPane(model.formProperty().get());
            content.getChildren().add(formPane);
            formPane.focusFirstField();
        }
        if (model.inviteProperty().get() != null) {
            content.getChildren().add(card);
        }
        if (model.resultProperty().get() != null) {
            content.getChildren().add(new ResultPane(model.resultProperty().get()));
        }
        content.setPadding(new Insets(0, 8, 0, 0));
    }

    /** What the card's Full screen button does. */
    public void setOnPresent(Runnable action) {
        card.setOnPresent(action);
    }

    /** Puts focus on the first field with a problem, after a refused send. */
    public void focusFirstProblem() {
        if (formPane != null) {
            formPane.focusFirstProblem();
        }
    }
}
