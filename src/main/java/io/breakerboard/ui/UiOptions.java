package io.breakerboard.ui;

import io.breakerboard.ui.settings.Theme;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How the window starts.
 *
 * @param screenshot when set, the window fills its panels, writes a PNG of itself there and exits
 * @param theme      light or dark
 * @param width      initial window width in pixels
 * @param height     initial window height in pixels
 * @param demoLogs   a folder of demo logs to import when the data directory is empty, or null
 * @param tab        the tab to show first: one of {@link #TABS}
 * @param startEngine start the engine's default workload at once (so a screenshot shows the panels moving)
 */
public record UiOptions(Path screenshot, Theme theme, int width, int height, Path demoLogs, String tab,
                        boolean startEngine) {
    public static final int DEFAULT_WIDTH = 1280;
    public static final int DEFAULT_HEIGHT = 800;
    /** The tabs {@code --tab} can open. */
    public static final List<String> TABS = List.of("dashboard", "engine", "reliability");

    public UiOptions {
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(tab, "tab");
        if (width < 640 || height < 400) {
            throw new IllegalArgumentException("window size " + width + "x" + height + " is too small: use at least 640x400");
        }
        if (!TABS.contains(tab)) {
            throw new IllegalArgumentException("--tab '" + tab + "' is not a tab: use one of " + String.join(", ", TABS));
        }
    }

    public UiOptions(Path screenshot, Theme theme, int width, int height) {
        this(screenshot, theme, width, height, null, "dashboard", false);
    }

    /** The same options, importing {@code folder} on a first run with an empty data directory. */
    public UiOptions withDemoLogs(Path folder) {
        return new UiOptions(screenshot, theme, width, height, folder, tab, startEngine);
    }

    public static UiOptions defaults() {
        return new UiOptions(null, Theme.LIGHT, DEFAULT_WIDTH, DEFAULT_HEIGHT);
    }

    /**
     * Reads {@code --screenshot FILE}, {@code --theme light|dark}, {@code --window-size WxH}, {@code --tab NAME}
     * (also as {@code --option=value}) and {@code --start-engine}; other arguments belong to the rest of the
     * application and are left alone.
     *
     * @throws IllegalArgumentException naming the option when its value is missing or wrong
     */
    public static UiOptions parse(String[] args) {
        Path screenshot = null;
        Theme theme = Theme.LIGHT;
        int width = DEFAULT_WIDTH;
        int height = DEFAULT_HEIGHT;
        String tab = "dashboard";
        boolean startEngine = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (arg.equals("--start-engine")) {
                startEngine = true;
                continue;
            }
            if (!name.equals("--screenshot") && !name.equals("--theme") && !name.equals("--window-size")
                    && !name.equals("--tab")) {
                continue;
            }
            String value;
            if (arg.contains("=")) {
                value = arg.substring(arg.indexOf('=') + 1);
            } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                value = args[++i];
            } else {
                throw new IllegalArgumentException(name + " needs a value, e.g. " + example(name));
            }
            switch (name) {
                case "--screenshot" -> screenshot = Path.of(value);
                case "--theme" -> theme = Theme.parse(value);
                case "--tab" -> tab = value.strip().toLowerCase(Locale.ROOT);
                default -> {
                    String[] parts = value.toLowerCase(Locale.ROOT).split("x");
                    try {
                        width = Integer.parseInt(parts[0].strip());
                        height = Integer.parseInt(parts[1].strip());
                    } catch (RuntimeException e) {
                        throw new IllegalArgumentException("--window-size '" + value + "' is not WIDTHxHEIGHT, e.g. 1280x800");
                    }
                }
            }
        }
        return new UiOptions(screenshot, theme, width, height, null, tab, startEngine);
    }

    private static String example(String name) {
        return switch (name) {
            case "--screenshot" -> "--screenshot dashboard.png";
            case "--theme" -> "--theme dark";
            case "--tab" -> "--tab reliability";
            default -> "--window-size 1280x800";
        };
    }
}
