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
 */
public record UiOptions(Path screenshot, Theme theme, int width, int height, Path demoLogs) {
    public static final int DEFAULT_WIDTH = 1280;
    public static final int DEFAULT_HEIGHT = 800;

    public UiOptions {
        Objects.requireNonNull(theme, "theme");
        if (width < 640 || height < 400) {
            throw new IllegalArgumentException("window size " + width + "x" + height + " is too small: use at least 640x400");
        }
    }

    public UiOptions(Path screenshot, Theme theme, int width, int height) {
        this(screenshot, theme, width, height, null);
    }

    /** The same options, importing {@code folder} on a first run with an empty data directory. */
    public UiOptions withDemoLogs(Path folder) {
        return new UiOptions(screenshot, theme, width, height, folder);
    }

    public static UiOptions defaults() {
        return new UiOptions(null, Theme.LIGHT, DEFAULT_WIDTH, DEFAULT_HEIGHT);
    }

    /**
     * Reads {@code --screenshot FILE}, {@code --theme light|dark} and {@code --window-size WxH} (also as
     * {@code --option=value}); other arguments belong to the rest of the application and are left alone.
     *
     * @throws IllegalArgumentException naming the option when its value is missing or wrong
     */
    public static UiOptions parse(String[] args) {
        Path screenshot = null;
        Theme theme = Theme.LIGHT;
        int width = DEFAULT_WIDTH;
        int height = DEFAULT_HEIGHT;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (!name.equals("--screenshot") && !name.equals("--theme") && !name.equals("--window-size")) {
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
        return new UiOptions(screenshot, theme, width, height);
    }

    private static String example(String name) {
        return switch (name) {
            case "--screenshot" -> "--screenshot dashboard.png";
            case "--theme" -> "--theme dark";
            default -> "--window-size 1280x800";
        };
    }
}
