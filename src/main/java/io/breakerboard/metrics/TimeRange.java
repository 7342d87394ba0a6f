package io.breakerboard.metrics;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A half-open time interval [from, to). */
public record TimeRange(Instant from, Instant to) {
    public static final TimeRange ALL = new TimeRange(Instant.EPOCH, Instant.parse("9999-01-01T00:00:00Z"));

    public TimeRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("time range ends (" + to + ") before it starts (" + from + ")");
        }
    }

    /** The last {@code length} up to {@code now}. */
    public static TimeRange last(Duration length, Instant now) {
        return new TimeRange(now.minus(length), now);
    }

    public boolean contains(Instant t) {
        return !t.isBefore(from) && t.isBefore(to);
    }

    public Duration length() {
        return Duration.between(from, to);
    }
}
