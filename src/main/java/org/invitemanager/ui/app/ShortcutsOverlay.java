package org.invitemanager.ui.app;

import atlantafx.base.theme.Styles;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.invitemanager.ui.Texts;

/**
 * The list of keyboard shortcuts, drawn over the window. It takes the keyboard while it is open: Esc, F1 or Close
 * shut it and give the focus back to where it was.
 */
public final class ShortcutsOverlay extends StackPane {

    private final Button close = new Button(Texts.get("shortcuts.close"));
    private Node returnFocusTo;

    public ShortcutsOverlay() {
        setId("shortcutsOverlay");
        getStyleClass().add("overlay-backdrop");
        VBox card = new VBox(12);
        card.getStyleClass().add("overlay-card");
        card.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        card.setPadding(new Insets(20, 24, 20, 24));
        card.setAccessibleRole(AccessibleRole.NODE);
        Label title = new Label(Texts.get("shortcuts.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        card.getChildren().addAll(title, table(), mnemonicsHint(), closeRow());
        getChildren().add(card);
        StackPane.setAlignment(card, Pos.CENTER);
        setVisible(false);
        // A click beside the card closes it, as with any popover.
        setOnMouseClicked(e -> {
            if (e.getTarget() == this) {
                hide();
            }
        });
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE || Shortcut.SHORTCUTS.matches(e)) {
                hide();
                e.consume();
            }
        });
    }

    private static GridPane table() {
        GridPane grid = new GridPane();
        grid.setId("shortcutsTable");
        grid.setHgap(24);
        grid.setVgap(6);
        int row = 0;
        for (Shortcut.Group group : Shortcut.Group.values()) {
            Label heading = new Label(Texts.get(group.textKey()));
            heading.getStyleClass().addAll(Styles.TEXT_BOLD, "overlay-heading");
            GridPane.setMargin(heading, new Insets(row == 0 ? 0 : 8, 0, 0, 0));
            grid.add(heading, 0, row++, 2, 1);
            for (Shortcut shortcut : Shortcut.values()) {
                if (shortcut.group() != group) {
                    continue;
                }
                Label keys = new Label(shortcut.keys().stream().map(k -> k.getDisplayText())
                        .collect(Collectors.joining(Texts.get("shortcuts.or"))));
                keys.getStyleClass().add("keycap");
                Label what = new Label(Texts.get(shortcut.textKey()));
                what.setLabelFor(keys);
                keys.setAccessibleText(what.getText() + ": " + keys.getText());
                GridPane.setHgrow(what, Priority.ALWAYS);
                grid.add(keys, 0, row);
                grid.add(what, 1, row++);
            }
        }
        return grid;
    }

    private static Label mnemonicsHint() {
        Label hint = new Label(Texts.get("shortcuts.mnemonics"));
        hint.setWrapText(true);
        hint.setMaxWidth(480);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        return hint;
    }

    private HBox closeRow() {
        close.setId("closeShortcuts");
        // Only while shown: a hidden default button would still take Enter from the rest of the window.
        close.defaultButtonProperty().bind(visibleProperty());
        close.setOnAction(e -> hide());
        HBox row = new HBox(close);
        row.setAlignment(Pos.CENTER_RIGHT);
        return row;
    }

    public void show() {
        if (isVisible()) {
            return;
        }
        returnFocusTo = getScene() == null ? null : getScene().getFocusOwner();
        setVisible(true);
        close.requestFocus();
    }

    public void hide() {
        setVisible(false);
        if (returnFocusTo != null && returnFocusTo.getScene() != null) {
            returnFocusTo.requestFocus();
        }
        returnFocusTo = null;
    }

    public void toggle() {
        if (isVisible()) {
            hide();
        } else {
            show();
        }
    }
}
