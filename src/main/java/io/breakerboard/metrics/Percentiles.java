package io.breakerboard.metrics;

import io.breakerboard.model.Saturating;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;

/**
 * Exact nearest-rank percentiles: the p-th percentile of n values is the ⌈p·n⌉-th smallest (at least the
 * first). Used where exact answers are wanted (a drill-down over raw rows) and as the reference the sketches
 * are tested against.
 */
public final class Percentiles {
    private Percentiles() {
    }

    /**
     * The 1-based rank ⌈p·n⌉, clamped to [1, n]. Computed in decimal, so that 0.95 × 20 is exactly 19 and not
     * the 20 that binary floating point would round up to.
     *
     * @throws IllegalArgumentException when p is outside [0, 1] or n is not positive
     */
    public static long rank(double p, long n) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("percentile " + p + " is outside 0..1; pass 0.95 for P95");
        }
        if (n <= 0) {
            throw new IllegalArgumentException("no values to take percentile " + p + " of");
        }
        long rank = BigDecimal.valueOf(p).multiply(BigDecimal.valueOf(n)).setScale(0, RoundingMode.CEILING).longValueExact();
        return Math.min(Math.max(rank, 1), n);
    }

    /** The nearest-rank percentile of values sorted ascending (any unit). */
    public static long nearestRank(long[] sorted, double p) {
        return sorted[(int) rank(p, sorted.length) - 1];
    }

    /** The nearest-rank percentile of values sorted ascending. */
    public static double nearestRank(double[] sorted, double p) {
        return sorted[(int) rank(p, sorted.length) - 1];
    }

    /**
     * Exact duration statistics of microsecond values in any order, the figures a {@link DurationStats} from the
     * sketches approximates. The array is not changed.
     */
    public static DurationStats exact(long[] micros) {
        if (micros.length == 0) {
            return DurationStats.EMPTY;
        }
        long[] sorted = micros.clone();
        Arrays.sort(sorted);
        long sum = 0;
        for (long v : sorted) {
            sum = Saturating.add(sum, v);
        }
        return new DurationStats(sorted.length, averageOf(sum, sorted.length), ofMicros(sorted[0]),
                ofMicros(sorted[sorted.length - 1]), ofMicros(nearestRank(sorted, 0.50)),
                ofMicros(nearestRank(sorted, 0.95)), ofMicros(nearestRank(sorted, 0.99)));
    }

    /** The mean of a microsecond sum, to the nanosecond, without overflowing on large sums. */
    static Duration averageOf(long sumMicros, long count) {
        if (count == 0) {
            return Duration.ZERO;
        }
        long fractionNanos = (sumMicros % count) * 1_000 / count;
        return ofMicros(sumMicros / count).plusNanos(fractionNanos);
    }

    static Duration ofMicros(long micros) {
        return Duration.of(micros, ChronoUnit.MICROS);
    }
}
