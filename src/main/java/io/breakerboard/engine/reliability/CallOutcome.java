package io.breakerboard.engine.reliability;


/** How one attempt ended, as counted on the live panel. */
public enum CallOutcome {
    SUCCESS,
    FAILURE,
    TIMEOUT,
    /** Refused by an open circuit breaker without reaching the dependency. */
    SHORT_CIRCUITED,
    /** Refused because the agent already had its maximum of calls in flight. */
    BULKHEAD_REJECTED,
    /** Refused by our rate limiter or answered 429 by the dependency. */
    RATE_LIMITED;

    /** The outcome of a failed attempt. */
    public static CallOutcome of(CallFailure f) {
        return switch (f.type()) {
            case TIMEOUT -> TIMEOUT;
            case CIRCUIT_OPEN -> SHORT_CIRCUITED;
            case BULKHEAD_FULL -> BULKHEAD_REJECTED;
            case RATE_LIMITED -> RATE_LIMITED;
            default -> FAILURE;
        };
    }
}
