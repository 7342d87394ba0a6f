package io.breakerboard.ingest.format;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Exact conversions between decimal text and scaled whole numbers (micro-dollars, nanoseconds), by hand:
 * going through {@code double} would lose cents and going through {@code BigDecimal} costs an allocation per
 * field on the import hot path.
 */
final class Decimals {
    private static final long[] POW10 = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L,
        100_000_000L, 1_000_000_000L};

    private Decimals() {
    }

    /** {@code value / 10^scale} as plain text without trailing zeros: {@code format(1500, 6)} is {@code 0.0015}. */
    static String format(long value, int scale) {
        long unit = POW10[scale];
        long whole = value / unit;
        long frac = Math.abs(value % unit);
        StringBuilder sb = new StringBuilder(24);
        if (value < 0 && whole == 0) {
            sb.append('-');
        }
        sb.append(whole);
        if (frac != 0) {
            String digits = Long.toString(frac);
            int end = digits.length();
            while (digits.charAt(end - 1) == '0') {
                end--;
            }
            sb.append('.');
            for (int i = digits.length(); i < scale; i++) {
                sb.append('0');
            }
            sb.append(digits, 0, end);
        }
        return sb.toString();
    }

    /**
     * Decimal text such as {@code 0.0031}, {@code -12}, {@code 1.5e-3} as {@code value * 10^scale}, rounded half
     * up beyond the scale.
     *
     * @throws NumberFormatException when the text is not a decimal number or does not fit
     */
    static long parse(String text, int scale) {
        int n = text.length();
        int i = 0;
        boolean negative = false;
        if (n > 0 && (text.charAt(0) == '-' || text.charAt(0) == '+')) {
            negative = text.charAt(0) == '-';
            i++;
        }
        long whole = 0;
        int wholeDigits = 0;
        while (i < n && isDigit(text.charAt(i))) {
            whole = whole * 10 + (text.charAt(i++) - '0');
            if (++wholeDigits > 18 - scale) {
                return slow(text, scale);
            }
        }
        long frac = 0;
        int fracDigits = 0;
        int seen = 0;
        boolean roundUp = false;
        if (i < n && text.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(text.charAt(i))) {
                int d = text.charAt(i++) - '0';
                if (seen < scale) {
                    frac = frac * 10 + d;
                    fracDigits++;
                } else if (seen == scale) {
                    roundUp = d >= 5;
                }
                seen++;
            }
        }
        if (wholeDigits + seen == 0) {
            throw new NumberFormatException("not a number: '" + text + "'");
        }
        if (i < n) {
            if (text.charAt(i) == 'e' || text.charAt(i) == 'E') {
                return slow(text, scale);
            }
            throw new NumberFormatException("not a number: '" + text + "'");
        }
        long scaled = Math.addExact(Math.multiplyExact(whole, POW10[scale]), frac * POW10[scale - fracDigits]);
        if (roundUp) {
            scaled++;
        }
        return negative ? -scaled : scaled;
    }

    private static long slow(String text, int scale) {
        try {
            return new BigDecimal(text).movePointRight(scale).setScale(0, RoundingMode.HALF_UP).longValueExact();
        } catch (ArithmeticException e) {
            throw new NumberFormatException("number out of range: '" + text + "'");
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
