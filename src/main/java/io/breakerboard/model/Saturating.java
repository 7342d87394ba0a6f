package io.breakerboard.model;

/**
 * Sums that stop at the largest (or smallest) {@code long} instead of wrapping round to a negative total. Every
 * total of costs, tokens, counts and durations goes through here: one value is bounded by {@link ValueRanges}, but
 * billions of them are not, and a total shown as "at least the largest number" is true where a wrapped one lies.
 */
public final class Saturating {
    private Saturating() {
    }

    /** {@code a + b}, or {@link Long#MAX_VALUE} / {@link Long#MIN_VALUE} when the sum does not fit. */
    public static long add(long a, long b) {
        long r = a + b;
        // Overflow only when both operands share a sign that the result lacks.
        if (((a ^ r) & (b ^ r)) < 0) {
            return a < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return r;
    }

    /** {@code a + b} for counts kept in an {@code int}. */
    public static int add(int a, int b) {
        long r = (long) a + b;
        return r > Integer.MAX_VALUE ? Integer.MAX_VALUE : r < Integer.MIN_VALUE ? Integer.MIN_VALUE : (int) r;
    }

    /** {@code a * b}, or the limit of its sign when the product does not fit. */
    public static long multiply(long a, long b) {
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        if (hi == 0 && lo >= 0 || hi == -1 && lo < 0) {
            return lo;
        }
        return (a < 0) == (b < 0) ? Long.MAX_VALUE : Long.MIN_VALUE;
    }
}
