package org.invitemanager.ui.app;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import org.invitemanager.desktop.ColorScheme;
import org.invitemanager.desktop.ThemeChoice;
import org.invitemanager.ui.Texts;

/**
 * The window's main menu, a button in its top corner as on GNOME and in most modern desktop apps: shortcuts, theme,
 * the companion module's install steps, About and Quit. F10 opens it.
 */
public final class AppMenu extends MenuButton {

    public AppMenu(AppearanceViewModel appearance, Runnable showShortcuts, Runnable showCompanionSteps,
            Runnable showAbout, Runnable quit) {
        super("☰");
        setId("appMenu");
        setAccessibleText(Texts.get("menu.accessible"));
        setTooltip(new Tooltip(Texts.get("menu.tooltip")));
        setMnemonicParsing(false);

        MenuItem shortcuts = item("menuShortcuts", "menu.shortcuts", showShortcuts);
        shortcuts.setAccelerator(Shortcut.SHORTCUTS.keys().get(0));
        MenuItem companion = item("menuCompanion", "menu.companionSteps", showCompanionSteps);
        MenuItem about = item("menuAbout", "menu.about", showAbout);
        MenuItem quitItem = item("menuQuit", "menu.quit", quit);
        quitItem.setAccelerator(Shortcut.QUIT.keys().get(0));
        getItems().addAll(shortcuts, themeMenu(appearance), new SeparatorMenuItem(), companion, about,
                new SeparatorMenuItem(), quitItem);
    }

    private static MenuItem item(String id, String textKey, Runnable action) {
        MenuItem item = new MenuItem(Texts.get(textKey));
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }

    private static Menu themeMenu(AppearanceViewModel appearance) {
        Menu menu = new Menu(Texts.get("menu.theme"));
        menu.setId("menuTheme");
        ToggleGroup group = new ToggleGroup();
        RadioMenuItem system = radio(group, "themeSystem", ThemeChoice.SYSTEM);
        RadioMenuItem light = radio(group, "themeLight", ThemeChoice.LIGHT);
        RadioMenuItem dark = radio(group, "themeDark", ThemeChoice.DARK);
        light.setText(Texts.get("menu.theme.light"));
        dark.setText(Texts.get("menu.theme.dark"));
        // Say what "follow" currently gives, so the admin knows what the desktop told the app.
        Runnable describeSystem = () -> system.setText(Texts.get(
                appearance.desktopSchemeProperty().get() == ColorScheme.DARK ? "menu.theme.systemDark"
                        : "menu.theme.systemLight"));
        describeSystem.run();
        appearance.desktopSchemeProperty().addListener((obs, old, now) -> describeSystem.run());
        menu.getItems().addAll(system, light, dark);
        select(group, appearance.choiceProperty().get());
        appearance.choiceProperty().addListener((obs, old, now) -> select(group, now));
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                appearance.choiceProperty().set((ThemeChoice) now.getUserData());
            }
        });
        return menu;
    }

    private static RadioMenuItem radio(ToggleGroup group, String id, ThemeChoice choice) {
        RadioMenuItem item = new RadioMenuItem();
        item.setId(id);
        item.setUserData(choice);
        item.setToggleGroup(group);
        return item;
    }

    private static void select(ToggleGroup group, ThemeChoice choice) {
        for (Toggle toggle : group.getToggles()) {
            if (toggle.getUserData() == choice) {
                group.selectToggle(toggle);
            }
        }
    }
}
