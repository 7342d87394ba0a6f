package io.breakerboard.ui;

import io.breakerboard.chaos.FaultSpec;
import io.breakerboard.ui.chaos.FaultOption;
import io.breakerboard.ui.dashboard.RangeChoice;
import io.breakerboard.ui.settings.Theme;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
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
 * @param demoLogs   the demo logs to write (if their folder is missing) and import when the data directory is empty,
 *                   or null
 * @param tab        the tab to show first: one of {@link #TABS}
 * @param startEngine start the engine's default workload at once (so a screenshot shows the panels moving)
 * @param faults     chaos faults to inject into the engine at once ({@code --fault}, see {@link FaultOption})
 * @param screenshotDelay how long a screenshot waits after the panels are filled, e.g. for faults to set off alerts
 * @param range      the dashboard's first time range
 */
public record UiOptions(Path screenshot, Theme theme, int width, int height, DemoLogs demoLogs, String tab,
                        boolean startEngine, List<FaultSpec> faults, Duration screenshotDelay, RangeChoice range) {
    public static final int DEFAULT_WIDTH = 1280;
    public static final int DEFAULT_HEIGHT = 800;
    /** The tabs {@code --tab} can open. */
    public static final List<String> TABS = List.of("dashboard", "engine", "reliability", "chaos", "lab");

    public UiOptions {
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(tab, "tab");
        faults = List.copyOf(faults);
        Objects.requireNonNull(screenshotDelay, "screenshotDelay");
        Objects.requireNonNull(range, "range");
        if (width < 640 || height < 400) {
            throw new IllegalArgumentException("window size " + width + "x" + height + " is too small: use at least 640x400");
        }
        if (!TABS.contains(tab)) {
            throw new IllegalArgumentException("--tab '" + tab + "' is not a tab: use one of " + String.join(", ", TABS));
        }
    }

    public UiOptions(Path screenshot, Theme theme, int width, int height) {
        this(screenshot, theme, width, height, null, "dashboard", false, List.of(), Duration.ZERO, RangeChoice.ALL);
    }

    /**
     * Demo logs for a first run: their folder, and what writes them there when it is missing.
     *
     * @param folder where they are, or are written
     * @param writer writes them into {@code folder}; runs off the FX thread (seconds: it runs the engine)
     */
    public record DemoLogs(Path folder, Writer writer) {
        public DemoLogs {
            Objects.requireNonNull(folder, "folder");
            Objects.requireNonNull(writer, "writer");
        }

        /** Writes the demo logs into a folder. */
        @FunctionalInterface
        public interface Writer {
            void write(Path folder) throws java.io.IOException;
        }
    }

    /** The same options, writing (when missing) and importing these demo logs on a first run with an empty store. */
    public UiOptions withDemoLogs(DemoLogs demo) {
        return new UiOptions(screenshot, theme, width, height, demo, tab, startEngine, faults, screenshotDelay, range);
    }

    public static UiOptions defaults() {
        return new UiOptions(null, Theme.LIGHT, DEFAULT_WIDTH, DEFAULT_HEIGHT);
    }

    /**
     * Reads {@code --screenshot FILE}, {@code --theme light|dark}, {@code --window-size WxH}, {@code --tab NAME},
     * {@code --fault KIND@TARGET[,SECONDS]} (repeatable), {@code --screenshot-after SECONDS}, {@code --range 15min|1h|24h|7d|all} (also as
     * {@code --option=value}) and {@code --start-engine}; other arguments belong to the rest of the application and
     * are left alone.
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
        List<FaultSpec> faults = new ArrayList<>();
        Duration delay = Duration.ZERO;
        RangeChoice range = RangeChoice.ALL;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (arg.equals("--start-engine")) {
                startEngine = true;
                continue;
            }
            if (!List.of("--screenshot", "--theme", "--window-size", "--tab", "--fault", "--screenshot-after",
                    "--range").contains(name)) {
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
                case "--fault" -> faults.add(FaultOption.parse(value));
                case "--screenshot-after" -> delay = seconds(value);
                case "--range" -> range = RangeChoice.parse(value);
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
        return new UiOptions(screenshot, theme, width, height, null, tab, startEngine, faults, delay, range);
    }

    private static Duration seconds(String value) {
        try {
            long s = Long.parseLong(value.strip());
            if (s >= 0 && s <= 3600) {
                return Duration.ofSeconds(s);
            }
        } catch (NumberFormatException e) {
            // told below
        }
        throw new IllegalArgumentException("--screenshot-after '" + value + "' is not a number of seconds from 0 to 3600;"
                + " e.g. --screenshot-after 90");
    }

    private static String example(String name) {
        return switch (name) {
            case "--screenshot" -> "--screenshot dashboard.png";
            case "--theme" -> "--theme dark";
            case "--tab" -> "--tab reliability";
            case "--fault" -> "--fault tool-down@tool:get_pod_logs,600";
            case "--screenshot-after" -> "--screenshot-after 90";
            case "--range" -> "--range 15min";
            default -> "--window-size 1280x800";
        };
    }
}
