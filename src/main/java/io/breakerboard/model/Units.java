package io.breakerboard.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Locale;

/**
 * Values with their units, written for people: the one formatter the window, the command line, alert messages and
 * experiment reports share, so a duration, an amount or a rate reads the same wherever it appears. Machine formats
 * (CSV cells, JSON lines) keep their exact plain numbers and do not come here.
 *
 * <p>Durations come in two kinds: a <em>measured</em> duration ({@link #duration}, two decimals where they tell
 * something) and a <em>set</em> duration ({@link #setting}, the largest whole unit where exact, as a user types it in
 * a setting and as its parser reads it back), plus a rounded <em>span</em> for describing plans ({@link #span}).
 */
public final class Units {
    private Units() {
    }

    /** A measured duration: {@code 420 µs}, {@code 340 ms}, {@code 1.24 s}, {@code 3 min 12 s}, {@code 2 h 5 min}; "" for none. */
    public static String duration(Duration d) {
        if (d == null) {
            return "";
        }
        if (d.isNegative()) {
            return "-" + duration(d.negated());
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

    /**
     * A set duration in its largest whole unit where exact, as settings are typed and read back:
     * {@code 5 min}, {@code 24 h}, {@code 7 d}, {@code 90 s}, {@code 250 ms}, {@code 1.5 s}.
     */
    public static String setting(Duration d) {
        if (d == null) {
            return "null";
        }
        if (d.isNegative()) {
            return "-" + setting(d.negated());
        }
        if (d.isZero()) {
            return "0 s";
        }
        long millis = d.toMillis();
        if (d.toNanos() % 1_000_000 != 0 && millis < 1000) {
            return d.toNanos() + " ns";
        }
        if (millis % 86_400_000 == 0 && millis > 86_400_000) {
            return millis / 86_400_000 + " d";
        }
        if (millis % 3_600_000 == 0) {
            return millis / 3_600_000 + " h";
        }
        if (millis % 60_000 == 0) {
            return millis / 60_000 + " min";
        }
        if (millis % 1000 == 0) {
            return millis / 1000 + " s";
        }
        if (millis < 1000) {
            return millis + " ms";
        }
        return number(millis / 1000.0) + " s";
    }

    /** A span rounded for a description: {@code 45 s}, {@code 1.5 s}, {@code 2 min}, {@code 2 min 5 s}, {@code 1 h 30 min}. */
    public static String span(Duration d) {
        long ms = d.toMillis();
        if (ms < 60_000) {
            return ms % 1000 == 0 ? (ms / 1000) + " s" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
        }
        long s = Math.round(ms / 1000.0);
        if (s < 3600) {
            return (s / 60) + " min" + (s % 60 == 0 ? "" : " " + (s % 60) + " s");
        }
        long min = Math.round(s / 60.0);
        return (min / 60) + " h" + (min % 60 == 0 ? "" : " " + (min % 60) + " min");
    }

    /** A bucket width as axis names and captions say it: {@code 30 s}, {@code 5 min}, {@code 2 h}, {@code 1 day}, {@code 7 days}. */
    public static String bucket(Duration bucket) {
        long minutes = bucket.toMinutes();
        if (minutes < 1) {
            return bucket.toSeconds() + " s";
        }
        if (minutes % (24 * 60) == 0) {
            long days = minutes / (24 * 60);
            return days == 1 ? "1 day" : days + " days";
        }
        if (minutes % 60 == 0) {
            return minutes / 60 + " h";
        }
        return minutes + " min";
    }

    /** Seconds of a duration as a fraction, for values measured in seconds. */
    public static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }

    /** A ratio 0..1 as {@code 97.3%}; a dash for NaN or infinity. */
    public static String percent(double ratio) {
        if (!Double.isFinite(ratio)) {
            return "–";
        }
        return String.format(Locale.ROOT, "%.1f%%", ratio * 100);
    }

    /** A part of a whole as {@code 12.5%}; a dash when the whole is 0. */
    public static String percent(long part, long whole) {
        return whole == 0 ? "–" : percent((double) part / whole);
    }

    /** A count with thousands separators: {@code 12,345}. */
    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** A number with at most one decimal and no trailing zeros or grouping, as settings are typed: {@code 140}, {@code 33.3}. */
    public static String number(double value) {
        if (!Double.isFinite(value)) {
            return String.valueOf(value);
        }
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** A rate per minute with as many decimals as a small rate needs: {@code 1,240/min}, {@code 3.5/min}, {@code 0.04/min}. */
    public static String perMinute(double rate) {
        if (!Double.isFinite(rate)) {
            return "–";
        }
        String pattern = rate >= 10 || rate == 0 ? "%,.0f/min" : rate >= 1 ? "%.1f/min" : "%.2f/min";
        return String.format(Locale.ROOT, pattern, rate);
    }

    /** Micro-dollars for people: {@code $12.35}, or {@code $0.0031} below one cent. */
    public static String money(long micros) {
        return Money.format(micros);
    }

    /** A measured value in its named unit: {@code 12.5%}, {@code 840 ms}, {@code $3.20}, {@code 4.2 s}. */
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
