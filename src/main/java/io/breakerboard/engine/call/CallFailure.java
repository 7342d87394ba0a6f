package io.breakerboard.engine.call;

import java.time.Duration;
import java.util.Objects;

/**
 * A failed attempt, thrown through the reliability layers so resilience4j's predicates can classify it.
 * It carries no stack trace: it is an expected, frequent outcome of a simulation, not a bug.
 */
public final class CallFailure extends RuntimeException {
    private final FailureType type;
    private final Duration retryAfter;

    public CallFailure(FailureType type, String message) {
        this(type, message, null);
    }

    /**
     * @param retryAfter how long the dependency asked us to wait (rate limits); null when it did not say
     */
    public CallFailure(FailureType type, String message, Duration retryAfter) {
        super(message, null, false, false);
        this.type = Objects.requireNonNull(type, "type");
        this.retryAfter = retryAfter;
    }

    public FailureType type() {
        return type;
    }

    /** The wait the dependency asked for, or null. */
    public Duration retryAfter() {
        return retryAfter;
    }

    @Override
    public String toString() {
        return type + ": " + getMessage();
    }
}
