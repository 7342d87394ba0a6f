package io.breakerboard.csv;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/**
 * Cell values as our CSV files write them: plain numbers without grouping, dollars as plain decimals, times
 * as ISO-8601 UTC, and text guarded against formula injection.
 *
 * <p>Guard: a text cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
 * return (optionally after single quotes) gets one more single quote in front, so a spreadsheet shows it as
 * text instead of running it. {@link #restore} removes exactly that quote again, so a file we wrote reads back
 * to the original values.
 */
public final class CsvCells {
    private CsvCells() {
    }

    /** The text with a leading single quote when a spreadsheet would read it as a formula. */
    public static String neutralise(String text) {
        return needsGuard(text) ? "'" + text : text;
    }

    /** Undoes {@link #neutralise}: drops one leading quote in front of a formula character. */
    public static String restore(String cell) {
        return cell != null && cell.length() > 1 && cell.charAt(0) == '\'' && needsGuard(cell.substring(1))
                ? cell.substring(1) : cell;
    }

    private static boolean needsGuard(String text) {
        if (text == null) {
            return false;
        }
        int i = 0;
        while (i < text.length() && text.charAt(i) == '\'') {
            i++;
        }
        if (i == text.length()) {
            return false;
        }
        char c = text.charAt(i);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    /** Micro-dollars as dollars with six decimals, e.g. {@code 0.003100}. */
    public static String usd(long micros) {
        return BigDecimal.valueOf(micros, 6).toPlainString();
    }

    /** A duration in milliseconds, exact, without trailing zeros, e.g. {@code 1234.5}. */
    public static String millis(Duration d) {
        return d == null ? null : BigDecimal.valueOf(d.toNanos(), 6).stripTrailingZeros().toPlainString();
    }

    /** A ratio with four decimals, e.g. {@code 0.9750}. */
    public static String ratio(double v) {
        return Double.isFinite(v) ? BigDecimal.valueOf(v).setScale(4, java.math.RoundingMode.HALF_UP).toPlainString() : null;
    }

    public static String time(Instant t) {
        return t == null ? null : t.toString();
    }
}
