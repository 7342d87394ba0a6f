package io.breakerboard.cli;

import java.time.Duration;
import java.util.Locale;

/** Numbers with their units, for terminal output. */
final class TextUnits {
    private TextUnits() {
    }

    /** {@code 840 ms}, {@code 1.24 s}, {@code 3 min 12 s}, {@code 2 h 5 min}. */
    static String duration(Duration d) {
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

    /** {@code 12.5%} of a part over a whole; {@code -} when the whole is 0. */
    static String percent(long part, long whole) {
        return whole == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
    }

    /** {@code 60} or {@code 12.5}: no trailing zeros. */
    static String decimal(double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%,d", (long) v) : String.format(Locale.ROOT, "%,.2f", v);
    }

    /** {@code 1,234}. */
    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
