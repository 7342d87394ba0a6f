package io.breakerboard.metrics;

import java.time.Duration;

/**
 * Execution durations. Percentiles are nearest-rank (the ⌈p·n⌉-th smallest) read from a relative-error
 * sketch: within 1 % of the exact value.
 */
public record DurationStats(long count, Duration avg, Duration min, Duration max, Duration p50, Duration p95, Duration p99) {
    public static final DurationStats EMPTY =
            new DurationStats(0, Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO);
}
