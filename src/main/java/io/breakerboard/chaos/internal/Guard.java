package io.breakerboard.chaos.internal;

import java.util.Objects;

/**
 * A limit that stops an experiment early: judged on the running figures of the method after every finished
 * execution, once {@code after} executions finished. When it fails, the workload stops and the faults roll back.
 *
 * @param probe what is watched, with its tolerance
 * @param after executions to wait for before judging, at least 1
 */
public record Guard(Probe probe, int after) {
    public Guard {
        Objects.requireNonNull(probe, "probe");
        if (!probe.kind().guardable()) {
            throw new IllegalArgumentException(probe.kind().id() + " judges faults after the fact and cannot guard; "
                    + "use success-rate, p95-duration, unhandled-errors or breaker-state");
        }
        if (after < 1) {
            throw new IllegalArgumentException("after must be at least 1 execution, got " + after);
        }
    }
}
