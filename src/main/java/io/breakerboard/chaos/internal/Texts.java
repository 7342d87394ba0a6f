package io.breakerboard.chaos.internal;

import java.time.Duration;
import java.util.Locale;

/** Figures in words for reports and descriptions; formatting lives at this edge only. */
public final class Texts {
    private Texts() {
    }

    /** "45 s", "1.5 s", "2 min", "2 min 5 s", "1 h", "1 h 30 min". */
    public static String duration(Duration d) {
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

    /** "90", "12.5": whole numbers without a decimal point. */
    public static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    /** "87.5 %". */
    public static String percent(double v) {
        return number(Math.round(v * 10) / 10.0) + " %";
    }
}
