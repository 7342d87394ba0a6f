package io.breakerboard.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * Start times of the demo's executions: a Poisson stream whose rate follows the working day (a quiet night, a
 * peak in the early afternoon UTC), scaled so that {@code count} executions fill {@link #SPAN} from {@link #FROM}.
 */
final class Arrivals {
    /** The demo data starts here: Monday 14 October 2024, 00:00 UTC. */
    static final Instant FROM = Instant.parse("2024-10-14T00:00:00Z");
    static final Duration SPAN = Duration.ofDays(3);
    // Mean of intensity() over a day, so the stream's average rate matches count / span.
    private static final double MEAN_INTENSITY = 0.4 + 1.2 * 4 * StrictMath.sqrt(StrictMath.PI) / 24;

    private final SplittableRandom r;
    private final double meanGapMillis;
    private double at;

    Arrivals(long seed, long count) {
        this.r = new SplittableRandom(seed);
        this.meanGapMillis = (double) SPAN.toMillis() / Math.max(1, count);
        this.at = FROM.toEpochMilli();
    }

    Instant next() {
        Instant now = Instant.ofEpochMilli((long) at);
        double gap = -StrictMath.log(1 - r.nextDouble()) * meanGapMillis * MEAN_INTENSITY / intensity(now);
        at += Math.max(1, gap);
        return Instant.ofEpochMilli((long) at);
    }

    private static double intensity(Instant t) {
        double hour = (t.getEpochSecond() % 86_400L) / 3600.0;
        double x = (hour - 14) / 4;
        return 0.4 + 1.2 * StrictMath.exp(-x * x);
    }
}
