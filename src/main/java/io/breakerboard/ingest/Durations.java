package io.breakerboard.ingest;

import java.time.Duration;
import java.util.Locale;

/** Parses durations written the ways logs write them: {@code 1.2s}, {@code 120ms}, {@code 14s}, {@code 2m}, {@code 850}. */
public final class Durations {
    private Durations() {
    }

    /**
     * Parses a duration; a bare number is read in {@code bareUnitMillis} (1 for milliseconds, 1000 for seconds).
     *
     * @throws IllegalArgumentException naming the text when it is not a duration
     */
    public static Duration parse(String text, double bareUnitMillis) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("duration is missing");
        }
        String t = text.trim().toLowerCase(Locale.ROOT);
        double factorMillis;
        String number;
        if (t.endsWith("ms")) {
            factorMillis = 1;
            number = t.substring(0, t.length() - 2);
        } else if (t.endsWith("us") || t.endsWith("µs")) {
            factorMillis = 0.001;
            number = t.substring(0, t.length() - 2);
        } else if (t.endsWith("ns")) {
            factorMillis = 0.000001;
            number = t.substring(0, t.length() - 2);
        } else if (t.endsWith("s")) {
            factorMillis = 1000;
            number = t.substring(0, t.length() - 1);
        } else if (t.endsWith("m") || t.endsWith("min")) {
            factorMillis = 60_000;
            number = t.substring(0, t.length() - (t.endsWith("min") ? 3 : 1));
        } else if (t.endsWith("h")) {
            factorMillis = 3_600_000;
            number = t.substring(0, t.length() - 1);
        } else {
            factorMillis = bareUnitMillis;
            number = t;
        }
        try {
            double v = Double.parseDouble(number.trim());
            if (v < 0 || Double.isNaN(v) || Double.isInfinite(v)) {
                throw new IllegalArgumentException("not a duration: '" + text + "'");
            }
            return ofNanos(v * factorMillis * 1_000_000d, text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a duration: '" + text + "'");
        }
    }

    /**
     * Milliseconds as a duration, keeping sub-millisecond precision; a negative value stays negative, for the
     * importer to refuse.
     *
     * @throws IllegalArgumentException when the value is not a number
     */
    public static Duration ofMillis(double millis) {
        return ofNanos(millis * 1_000_000d, Double.toString(millis));
    }

    // Exact to the nanosecond below 292 years; longer ones keep their size in whole seconds instead of stopping at
    // Long.MAX_VALUE nanoseconds, and what not even seconds hold becomes the longest Duration: never a value the
    // importer's range check (ValueRanges) lets through, so nothing too long is stored under a smaller figure.
    private static Duration ofNanos(double nanos, String text) {
        if (Double.isNaN(nanos)) {
            throw new IllegalArgumentException("not a duration: '" + text + "'");
        }
        if (Math.abs(nanos) < 9e18) {
            return Duration.ofNanos(Math.round(nanos));
        }
        return Duration.ofSeconds((long) (nanos / 1e9)); // the cast stops at Long.MIN_VALUE/MAX_VALUE seconds
    }
}
