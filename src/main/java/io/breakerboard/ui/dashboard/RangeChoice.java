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

    public boolean relative() {
        return length != null;
    }
}
