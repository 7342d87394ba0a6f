package io.breakerboard.engine.reliability;

import java.time.Duration;
import java.util.Objects;

/**
 * A failed attempt, thrown through the reliability layers so resilience4j's predicates can classify it.
 * It carries no stack trace: it is an expected, frequent outcome of a simulation, not a bug.
 */
public final class CallFailure extends RuntimeException {
    private final FailureType type;
    private final Duration retryAfter;
    private final long seed;

    public CallFailure(FailureType type, String message) {
        this(type, message, null);
    }

    /**
     * @param retryAfter how long the dependency asked us to wait (rate limits); null when it did not say
     */
    public CallFailure(FailureType type, String message, Duration retryAfter) {
        this(type, message, retryAfter, 0);
    }

    private CallFailure(FailureType type, String message, Duration retryAfter, long seed) {
        super(message, null, false, false);
        this.type = Objects.requireNonNull(type, "type");
        this.retryAfter = retryAfter;
        this.seed = seed;
    }

    /** The same failure tagged with the seed of the attempt, so the backoff jitter is reproducible. */
    public CallFailure withSeed(long attemptSeed) {
        return new CallFailure(type, getMessage(), retryAfter, attemptSeed);
    }

    /** Seed of the attempt that failed; 0 when untagged. */
    public long seed() {
        return seed;
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
