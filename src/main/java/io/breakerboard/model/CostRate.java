package io.breakerboard.model;

import java.time.Duration;
import java.util.Objects;

/**
 * What was spent over a length of time, as a rate to project with: the one way both the lab's cost breakdown and
 * the dashboard's "projected this month" carry a cost forward.
 *
 * @param costMicros what was spent, in micro-dollars
 * @param over       the time it was spent over; zero when unknown (then nothing can be projected)
 */
public record CostRate(long costMicros, Duration over) {
    public CostRate {
        Objects.requireNonNull(over, "over");
        if (over.isNegative()) {
            throw new IllegalArgumentException("a cost rate needs a time of at least zero, not " + over);
        }
    }

    /** Whether there was time to measure a rate over. */
    public boolean known() {
        return !over.isZero();
    }

    /** Micro-dollars spent at this rate in {@code length}; NaN when the rate is not {@link #known()}. */
    public double microsOver(Duration length) {
        return known() ? costMicros * seconds(length) / seconds(over) : Double.NaN;
    }

    /** Micro-dollars a day at this rate; NaN when not {@link #known()}. */
    public double microsPerDay() {
        return microsOver(Duration.ofDays(1));
    }

    private static double seconds(Duration d) {
        return d.getSeconds() + d.getNano() / 1e9;
    }
}
