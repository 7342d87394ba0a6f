package io.breakerboard.engine.reliability;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;

/** A circuit breaker's state, as shown on the panel (the same states as resilience4j's). */
public enum BreakerState {
    CLOSED,
    OPEN,
    HALF_OPEN,
    FORCED_OPEN,
    DISABLED,
    METRICS_ONLY;

    static BreakerState of(CircuitBreaker.State s) {
        return valueOf(s.name());
    }

    /** True when calls are refused. */
    public boolean refusesCalls() {
        return this == OPEN || this == FORCED_OPEN;
    }

    /** True away from normal operation: calls refused, or only trial calls let through. */
    public boolean tripped() {
        return refusesCalls() || this == HALF_OPEN;
    }
}
