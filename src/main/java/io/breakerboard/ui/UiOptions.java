package io.breakerboard.ui;

import io.breakerboard.ui.settings.Theme;
import java.nio.file.Path;
import java.util.Objects;

/**
 * How the window starts.
 *
 * @param screenshot when set, the window fills its panels, writes a PNG of itself there and exits
 * @param theme      light or dark
 * @param width      initial window width in pixels
 * @param height     initial window height in pixels
 * @param demoLogs   a folder of demo logs to import when the data directory is empty, or null
 * @param tab        the tab shown first
 */
public record UiOptions(Path screenshot, Theme theme, int width, int height, Path demoLogs, StartTab tab) {
    public static final int DEFAULT_WIDTH = 1280;
    public static final int DEFAULT_HEIGHT = 800;

    /** The tab shown first. */
    public enum StartTab {
        DASHBOARD,
        CHAOS;

        static StartTab parse(String value) {
            for (StartTab t : values()) {
                if (t.name().equalsIgnoreCase(value.strip())) {
                    return t;
                }
            }
            throw new IllegalArgumentException("--tab '" + value + "' is not a tab: use dashboard or chaos");
        }
    }

    public UiOptions {
        Objects.requireNonNull(theme, "theme");
        tab = tab == null ? StartTab.DASHBOARD : tab;
        if (width < 640 || height < 400) {
            throw new IllegalArgumentException("window size " + width + "x" + height + " is too small: use at least 640x400");
        }
    }

    public UiOptions(Path screenshot, Theme theme, int width, int height) {
        this(screenshot, theme, width, height, null, StartTab.DASHBOARD);
    }

    /** The same options, importing {@code folder} on a first run with an empty data directory. */
    public UiOptions withDemoLogs(Path folder) {
        return new UiOptions(screenshot, theme, width, height, folder, tab);
    }

    /** The same options, showing {@code first} at the start. */
    public UiOptions withTab(StartTab first) {
        return new UiOptions(screenshot, theme, width, height, demoLogs, first);
    }

    public static UiOptions defaults() {
        return new UiOptions(null, Theme.LIGHT, DEFAULT_WIDTH, DEFAULT_HEIGHT);
    }

    /**
     * Reads {@code --screenshot FILE}, {@code --theme light|dark}, {@code --window-size WxH} and
     * {@code --tab dashboard|chaos} (also as
     * {@code --option=value}); other arguments belong to the rest of the application and are left alone.
     *
     * @throws IllegalArgumentException naming the option when its value is missing or wrong
     */
    public static UiOptions parse(String[] args) {
        Path screenshot = null;
        Theme theme = Theme.LIGHT;
        int width = DEFAULT_WIDTH;
        int height = DEFAULT_HEIGHT;
        StartTab tab = StartTab.DASHBOARD;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
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
                case "--tab" -> tab = StartTab.parse(value);
                default -> {
                    String[] parts = value.toLowerCase(java.util.Locale.ROOT).split("x");
                    try {
                        width = Integer.parseInt(parts[0].strip());
                        height = Integer.parseInt(parts[1].strip());
                    } catch (RuntimeException e) {
                        throw new IllegalArgumentException("--window-size '" + value + "' is not WIDTHxHEIGHT, e.g. 1280x800");
                    }
                }
            }
        }
        return new UiOptions(screenshot, theme, width, height, null, tab);
    }

    private static String example(String name) {
        return switch (name) {
            case "--screenshot" -> "--screenshot dashboard.png";
            case "--theme" -> "--theme dark";
            case "--tab" -> "--tab chaos";
            default -> "--window-size 1280x800";
        };
    }
}
