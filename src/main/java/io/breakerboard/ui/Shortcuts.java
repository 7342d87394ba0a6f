package io.breakerboard.ui;

import java.util.List;
import javafx.scene.input.KeyCombination;

/** Every keyboard shortcut, in one place: the menus take their accelerators from here and Help lists them. */
public final class Shortcuts {
    /** One shortcut: the keys (as text, or a combination the menus install) and what they do. */
    public record Shortcut(String keys, String action, KeyCombination combination) {
        static Shortcut of(String combination, String action) {
            KeyCombination c = KeyCombination.keyCombination(combination);
            return new Shortcut(c.getDisplayText(), action, c);
        }

        static Shortcut text(String keys, String action) {
            return new Shortcut(keys, action, null);
        }
    }

    public static final Shortcut IMPORT = Shortcut.of("Shortcut+O", "Import files or folders");
    public static final Shortcut WATCH = Shortcut.of("Shortcut+W", "Watch a growing log file");
    public static final Shortcut EXPORT = Shortcut.of("Shortcut+E", "Export CSV of the current filter");
    public static final Shortcut QUIT = Shortcut.of("Shortcut+Q", "Quit");
    public static final Shortcut REFRESH = Shortcut.of("F5", "Refresh now");
    public static final Shortcut THEME = Shortcut.of("Shortcut+T", "Switch between light and dark");
    public static final Shortcut DASHBOARD = Shortcut.of("Shortcut+D", "Back to the dashboard");
    public static final Shortcut ENGINE = Shortcut.of("Shortcut+G", "Engine: start and stop simulated agents");
    public static final Shortcut RELIABILITY = Shortcut.of("Shortcut+B", "Reliability: circuit breakers live");
    public static final Shortcut CLOSE_TRACE = Shortcut.of("Shortcut+F4", "Close the trace tab");
    public static final Shortcut HELP = Shortcut.of("F1", "Keyboard shortcuts");

    private Shortcuts() {
    }

    /** The Help list: menu shortcuts first, then those of the panels. */
    public static List<Shortcut> all() {
        return List.of(IMPORT, WATCH, EXPORT, REFRESH, THEME, DASHBOARD, ENGINE, RELIABILITY, CLOSE_TRACE, HELP, QUIT,
                Shortcut.text("Alt+1 … Alt+5", "Time range: 15 min, 1 h, 24 h, 7 d, all"),
                Shortcut.text("Enter or click", "Open the selected failure's trace"),
                Shortcut.text("Double-click", "Open the trace an alert names"),
                Shortcut.text("Left / Right", "Trace replay: previous / next step"),
                Shortcut.text("Space", "Trace replay: play / pause"),
                Shortcut.text("Home / End", "Trace replay: first / last step"),
                Shortcut.text("Drag on a chart", "Zoom into the dragged range"),
                Shortcut.text("Shift+right-click on a chart", "Zoom back one step"),
                Shortcut.text("Right-click on a chart", "Save chart as PNG, reset zoom"),
                Shortcut.text("Drop files or folders", "Import them"));
    }
}
