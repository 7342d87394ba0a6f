package io.breakerboard.ui;

import io.breakerboard.model.Money;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Turns values into text for people. Values travel with their units; only the window formats them. */
public final class Formats {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("MMM d HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private Formats() {
    }

    /** {@code 340 ms}, {@code 1.24 s}, {@code 3 min 12 s}. */
    public static String duration(Duration d) {
        if (d == null) {
            return "";
        }
        if (d.isZero()) {
            return "0 ms";
        }
        long micros = d.toNanos() / 1_000;
        if (micros < 1_000) {
            return micros + " µs";
        }
        long millis = d.toMillis();
        if (millis < 1_000) {
            return millis + " ms";
        }
        if (millis < 60_000) {
            return String.format(Locale.ROOT, "%.2f s", millis / 1000.0);
        }
        long seconds = d.toSeconds();
        if (seconds < 3600) {
            return seconds / 60 + " min " + seconds % 60 + " s";
        }
        return seconds / 3600 + " h " + (seconds % 3600) / 60 + " min";
    }

    /** A ratio 0..1 as {@code 97.3%}; an empty dash for NaN. */
    public static String percent(double ratio) {
        if (Double.isNaN(ratio)) {
            return "–";
        }
        return String.format(Locale.ROOT, "%.1f%%", ratio * 100);
    }

    /** {@code 12,345}. */
    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** Executions per minute, with as many decimals as a small rate needs: {@code 1,240/min}, {@code 3.5/min}, {@code 0.04/min}. */
    public static String perMinute(double rate) {
        if (!Double.isFinite(rate)) {
            return "–";
        }
        String pattern = rate >= 10 || rate == 0 ? "%,.0f/min" : rate >= 1 ? "%.1f/min" : "%.2f/min";
        return String.format(Locale.ROOT, pattern, rate);
    }

    /** Micro-dollars for people. */
    public static String money(long micros) {
        return Money.format(micros);
    }

    /** Local wall time: {@code 14:03:27} today, {@code Mar 2 14:03} on other days (short enough for a table column). */
    public static String time(Instant t, Instant now, ZoneId zone) {
        if (t == null) {
            return "";
        }
        boolean sameDay = t.atZone(zone).toLocalDate().equals(now.atZone(zone).toLocalDate());
        return (sameDay ? TIME : DATE_TIME).format(t.atZone(zone));
    }

    /** Local date and time, for details. */
    public static String timestamp(Instant t, ZoneId zone) {
        return t == null ? "" : FULL.format(t.atZone(zone));
    }

    /** A measured value in its unit: {@code 12.5%}, {@code 840 ms}, {@code $3.20}. */
    public static String measured(double value, String unit) {
        if (unit == null || unit.isBlank()) {
            return String.format(Locale.ROOT, "%.3g", value);
        }
        return switch (unit) {
            case "%" -> String.format(Locale.ROOT, "%.1f%%", value);
            case "USD", "$" -> String.format(Locale.ROOT, "$%.2f", value);
            case "ms" -> String.format(Locale.ROOT, "%.0f ms", value);
            case "s" -> String.format(Locale.ROOT, "%.1f s", value);
            default -> String.format(Locale.ROOT, "%.3g %s", value, unit);
        };
    }
}
