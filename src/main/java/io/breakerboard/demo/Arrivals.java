package io.breakerboard.demo;

import java.time.Duration;
import java.time.Instant;

/**
 * Start times of simulated runs: a Poisson stream whose rate follows the working day (a quiet night, a peak
 * in the early afternoon UTC), scaled so that {@code count} runs fill about {@code span}.
 */
final class Arrivals {
    // Mean of intensity() over a day, so the stream's average rate matches count / span.
    private static final double MEAN_INTENSITY = 0.4 + 1.2 * 4 * StrictMath.sqrt(StrictMath.PI) / 24;

    private final SimRandom r;
    private final double meanGapMillis;
    private double at;

    Arrivals(SimRandom random, Instant from, Duration span, long count) {
        this.r = random;
        this.meanGapMillis = (double) span.toMillis() / Math.max(1, count);
        this.at = from.toEpochMilli();
    }

    Instant next() {
        Instant now = Instant.ofEpochMilli((long) at);
        double gap = r.exponential(meanGapMillis) * MEAN_INTENSITY / intensity(now);
        at += Math.max(1, gap);
        return Instant.ofEpochMilli((long) at);
    }

    private static double intensity(Instant t) {
        double hour = (t.getEpochSecond() % 86_400L) / 3600.0;
        double x = (hour - 14) / 4;
        return 0.4 + 1.2 * StrictMath.exp(-x * x);
    }
}
