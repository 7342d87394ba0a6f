package io.breakerboard.ui;

import io.breakerboard.ui.settings.Theme;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;

/** File, View, Chaos and Help menus; the accelerators come from {@link Shortcuts}. */
final class MainMenu extends MenuBar {
    /** What the menu items do. */
    interface Actions {
        void importFiles();

        void importFolder();

        void watch();

        void showImports();

        void export();

        void storeSettings();

        void quit();

        void refresh();

        void showDashboard();

        void showEngine();

        void showReliability();

        void showChaos();

        void stopAllFaults();

        void closeTrace();

        void shortcuts();

        void about();
    }

    MainMenu(Actions actions, ObjectProperty<Theme> theme) {
        Menu file = new Menu("_File");
        file.setId("menu-file");
        file.getItems().addAll(
                item("Import…", "menu-import", Shortcuts.IMPORT, actions::importFiles),
                item("Import folder…", "menu-import-folder", null, actions::importFolder),
                item("Watch…", "menu-watch", Shortcuts.WATCH, actions::watch),
                item("Imports and watched files", "menu-imports", null, actions::showImports),
                new SeparatorMenuItem(),
                item("Export…", "menu-export", Shortcuts.EXPORT, actions::export),
                new SeparatorMenuItem(),
                item("Store…", "menu-store", null, actions::storeSettings),
                new SeparatorMenuItem(),
                item("Quit", "menu-quit", Shortcuts.QUIT, actions::quit));

        Menu view = new Menu("_View");
        view.setId("menu-view");
        ToggleGroup themes = new ToggleGroup();
        Menu themeMenu = new Menu("Theme");
        for (Theme t : Theme.values()) {
            RadioMenuItem choice = new RadioMenuItem(t.label());
            choice.setId("theme-" + t.name().toLowerCase(java.util.Locale.ROOT));
            choice.setToggleGroup(themes);
            choice.setUserData(t);
            choice.setSelected(theme.get() == t);
            choice.setOnAction(e -> theme.set(t));
            themeMenu.getItems().add(choice);
        }
        theme.addListener((obs, old, now) -> themes.getToggles().forEach(
                toggle -> toggle.setSelected(toggle.getUserData() == now)));
        MenuItem toggleTheme = item("Switch theme", "menu-switch-theme", Shortcuts.THEME,
                () -> theme.set(theme.get() == Theme.LIGHT ? Theme.DARK : Theme.LIGHT));
        view.getItems().addAll(themeMenu, toggleTheme, new SeparatorMenuItem(),
                item("Refresh", "menu-refresh", Shortcuts.REFRESH, actions::refresh),
                item("Dashboard", "menu-dashboard", Shortcuts.DASHBOARD, actions::showDashboard),
                item("Engine", "menu-engine", Shortcuts.ENGINE, actions::showEngine),
                item("Reliability", "menu-reliability", Shortcuts.RELIABILITY, actions::showReliability),
                item("Close trace", "menu-close-trace", Shortcuts.CLOSE_TRACE, actions::closeTrace));

        Menu chaos = new Menu("_Chaos");
        chaos.setId("menu-chaos");
        chaos.getItems().addAll(
                item("Chaos panel", "menu-chaos-panel", Shortcuts.CHAOS, actions::showChaos),
                item("Stop all faults", "menu-stop-faults", Shortcuts.STOP_FAULTS, actions::stopAllFaults));

        Menu help = new Menu("_Help");
        help.setId("menu-help");
        help.getItems().addAll(
                item("Keyboard shortcuts", "menu-shortcuts", Shortcuts.HELP, actions::shortcuts),
                item("About Breakerboard", "menu-about", null, actions::about));

        getMenus().addAll(file, view, chaos, help);
    }

    private static MenuItem item(String text, String id, Shortcuts.Shortcut shortcut, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        if (shortcut != null) {
            item.setAccelerator(shortcut.combination());
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
