package io.breakerboard.ui.dashboard;

import java.time.Duration;

/** The time ranges offered above the dashboard. */
public enum RangeChoice {
    LAST_15_MIN("15 min", "Last 15 min", Duration.ofMinutes(15)),
    LAST_HOUR("1 h", "Last hour", Duration.ofHours(1)),
    LAST_24_H("24 h", "Last 24 h", Duration.ofHours(24)),
    LAST_7_D("7 d", "Last 7 days", Duration.ofDays(7)),
    ALL("All", "All time", null),
    CUSTOM("Custom", "Custom range", null);

    private final String shortLabel;
    private final String longLabel;
    private final Duration length;

    RangeChoice(String shortLabel, String longLabel, Duration length) {
        this.shortLabel = shortLabel;
        this.longLabel = longLabel;
        this.length = length;
    }

    /** For the selector: {@code 1 h}. */
    public String shortLabel() {
        return shortLabel;
    }

    /** For the header: {@code Last hour}. */
    public String longLabel() {
        return longLabel;
    }

    /** How far back a relative range reaches; null for {@link #ALL} and {@link #CUSTOM}. */
    public Duration length() {
        return length;
    }

    /**
     * Reads a relative range or all, as on the command line: {@code 15min}, {@code 1h}, {@code 24h}, {@code 7d},
     * {@code all} (spaces ignored).
     *
     * @throws IllegalArgumentException listing the ranges it knows
     */
    public static RangeChoice parse(String text) {
        String t = text.replace(" ", "").toLowerCase(java.util.Locale.ROOT);
        for (RangeChoice c : values()) {
            if (c != CUSTOM && c.shortLabel.replace(" ", "").toLowerCase(java.util.Locale.ROOT).equals(t)) {
                return c;
            }
        }
        throw new IllegalArgumentException("--range '" + text + "' is not a range: use 15min, 1h, 24h, 7d or all");
    }

    public boolean relative() {
        return length != null;
    }
}
