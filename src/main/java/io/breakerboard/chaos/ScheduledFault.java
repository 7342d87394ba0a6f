package io.breakerboard.chaos;

import java.time.Duration;
import java.util.Objects;

/**
 * A fault of an experiment's method, started {@code at} after the method began (so it can hit executions
 * mid-way) and lasting its own duration.
 */
public record ScheduledFault(Duration at, FaultSpec fault) {
    public ScheduledFault {
        Objects.requireNonNull(fault, "fault");
        at = at == null ? Duration.ZERO : at;
        if (at.isNegative()) {
            throw new IllegalArgumentException("at must be zero or later in the method, got " + at);
        }
    }
}
