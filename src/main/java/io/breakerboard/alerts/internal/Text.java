package io.breakerboard.alerts.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;

/** Numbers and durations written for people, as alert messages and setting errors show them. */
public final class Text {
    private Text() {
    }

    /** A number with at most one decimal and no trailing zeros: {@code 140}, {@code 33.3}. */
    public static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return String.valueOf(value);
        }
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** A duration in its largest whole unit where exact: {@code 5 min}, {@code 24 h}, {@code 7 d}, {@code 90 s}, {@code 250 ms}. */
    public static String duration(Duration d) {
        if (d == null) {
            return "null";
        }
        if (d.isNegative()) {
            return "-" + duration(d.negated());
        }
        if (d.isZero()) {
            return "0 s";
        }
        long millis = d.toMillis();
        if (d.toNanos() % 1_000_000 != 0 && millis < 1000) {
            return d.toNanos() + " ns";
        }
        if (millis % 86_400_000 == 0 && millis > 86_400_000) return millis / 86_400_000 + " d";
        if (millis % 3_600_000 == 0) return millis / 3_600_000 + " h";
        if (millis % 60_000 == 0) return millis / 60_000 + " min";
        if (millis % 1000 == 0) return millis / 1000 + " s";
        if (millis < 1000) return millis + " ms";
        return number(millis / 1000.0) + " s";
    }

    /** Seconds of a duration as a fraction, for values measured in seconds. */
    public static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }
}
