package io.breakerboard.demo;

import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The generator's source of chance: a seeded {@link SplittableRandom} (its sequence is fixed by its
 * specification) and {@link StrictMath}, so one seed gives the same bytes on every machine and Java version.
 */
final class SimRandom {
    private final SplittableRandom random;

    SimRandom(long seed) {
        this.random = new SplittableRandom(seed);
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    /** Uniform in [lo, hi]. */
    int between(int lo, int hi) {
        return lo + random.nextInt(hi - lo + 1);
    }

    long between(long lo, long hi) {
        return lo + random.nextLong(hi - lo + 1);
    }

    double unit() {
        return random.nextDouble();
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** Standard normal, by Box-Muller. */
    double gaussian() {
        double u = 1.0 - random.nextDouble();
        double v = random.nextDouble();
        return StrictMath.sqrt(-2.0 * StrictMath.log(u)) * StrictMath.cos(2.0 * StrictMath.PI * v);
    }

    /** A log-normal duration around a median: most near it, a long tail above, as service latencies are. */
    Duration latency(long medianMillis, double sigma) {
        double ms = medianMillis * StrictMath.exp(sigma * gaussian());
        return Duration.ofMillis(Math.max(1, Math.round(ms)));
    }

    /** Exponential with the given mean, for gaps between arrivals. */
    double exponential(double mean) {
        return -mean * StrictMath.log(1.0 - random.nextDouble());
    }

    /** Six lower-case hex digits, for ids. */
    String hex6() {
        return String.format(java.util.Locale.ROOT, "%06x", random.nextInt(1 << 24));
    }
}
