package io.breakerboard.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Money travels as whole micro-dollars in a {@code long} (1 USD = 1,000,000). That is exact for
 * the prices agents pay, sums without rounding drift and costs nothing to aggregate.
 */
public final class Money {
    public static final long MICROS_PER_USD = 1_000_000L;

    private Money() {
    }

    /** Micro-dollars from a dollar amount such as 0.0031. */
    public static long ofUsd(double usd) {
        if (Double.isNaN(usd) || Double.isInfinite(usd)) {
            throw new IllegalArgumentException("cost is not a finite number: " + usd);
        }
        return Math.round(usd * MICROS_PER_USD);
    }

    /**
     * Micro-dollars from text such as {@code 0.03}, {@code $0.03} or {@code 1,234.5}.
     *
     * @throws IllegalArgumentException naming the text when it is not an amount
     */
    public static long parseUsd(String text) {
        if (text == null) {
            throw new IllegalArgumentException("cost is missing");
        }
        String t = text.trim();
        if (t.startsWith("$")) {
            t = t.substring(1);
        }
        t = t.replace(",", "");
        if (t.endsWith("USD") || t.endsWith("usd")) {
            t = t.substring(0, t.length() - 3).trim();
        }
        try {
            return ofUsd(Double.parseDouble(t));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a dollar amount: '" + text + "'");
        }
    }

    /** Dollars as a plain decimal with six places, for CSV and storage-neutral output. */
    public static BigDecimal toUsd(long micros) {
        return BigDecimal.valueOf(micros, 6);
    }

    /** Dollars for people: {@code $12.35}, or {@code $0.0031} below one cent. */
    public static String format(long micros) {
        BigDecimal usd = toUsd(micros);
        if (Math.abs(micros) < 10_000 && micros != 0) {
            return "$" + usd.setScale(4, RoundingMode.HALF_UP).toPlainString();
        }
        return "$" + usd.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
