package io.breakerboard.engine.sim.internal;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Service latency as a log-normal distribution: most calls near the median, a long right tail, as measured
 * latencies of networked services usually look.
 *
 * @param median the typical latency
 * @param sigma  spread of the underlying normal; 0.3 is tight, 1.0 has a heavy tail
 */
public record LatencyModel(Duration median, double sigma) {

    public LatencyModel {
        if (median.isNegative() || median.isZero()) {
            throw new IllegalArgumentException("latency median must be positive, got " + median);
        }
        if (sigma < 0 || sigma > 3) {
            throw new IllegalArgumentException("latency sigma must be within 0..3, got " + sigma);
        }
    }

    public static LatencyModel of(long medianMillis, double sigma) {
        return new LatencyModel(Duration.ofMillis(medianMillis), sigma);
    }

    /** One latency drawn from the distribution. */
    public Duration sample(RandomGenerator random) {
        double factor = Math.exp(sigma * random.nextGaussian());
        return Duration.ofNanos(Math.max(1_000L, Math.round(median.toNanos() * factor)));
    }
}
