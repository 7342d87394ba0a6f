package io.breakerboard.engine.reliability;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowType;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Thresholds of one circuit breaker. Invalid values are refused at once, naming the value.
 *
 * @param failureRateThreshold     percentage of failed calls that opens the breaker (1..100)
 * @param slowCallRateThreshold    percentage of slow calls that opens the breaker (1..100)
 * @param slowCallDuration         a call taking at least this long is slow
 * @param slidingWindowSize        calls the rates are computed over
 * @param minimumNumberOfCalls     calls needed before rates are computed; until then the breaker is warming up
 * @param waitInOpenState          how long the breaker stays open before letting trial calls through
 * @param permittedCallsInHalfOpen trial calls in half-open
 */
public record BreakerSettings(float failureRateThreshold, float slowCallRateThreshold, Duration slowCallDuration,
                              int slidingWindowSize, int minimumNumberOfCalls, Duration waitInOpenState,
                              int permittedCallsInHalfOpen) {

    public BreakerSettings {
        if (failureRateThreshold <= 0 || failureRateThreshold > 100) {
            throw new IllegalArgumentException("failureRateThreshold must be in (0, 100], got " + failureRateThreshold);
        }
        if (slowCallRateThreshold <= 0 || slowCallRateThreshold > 100) {
            throw new IllegalArgumentException("slowCallRateThreshold must be in (0, 100], got " + slowCallRateThreshold);
        }
        if (slowCallDuration.isNegative() || slowCallDuration.isZero()) {
            throw new IllegalArgumentException("slowCallDuration must be positive, got " + slowCallDuration);
        }
        if (slidingWindowSize < 1) {
            throw new IllegalArgumentException("slidingWindowSize must be at least 1, got " + slidingWindowSize);
        }
        if (minimumNumberOfCalls < 1 || minimumNumberOfCalls > slidingWindowSize) {
            throw new IllegalArgumentException("minimumNumberOfCalls must be in [1, slidingWindowSize=" + slidingWindowSize
                    + "], got " + minimumNumberOfCalls);
        }
        if (waitInOpenState.isNegative() || waitInOpenState.isZero()) {
            throw new IllegalArgumentException("waitInOpenState must be positive, got " + waitInOpenState);
        }
        if (permittedCallsInHalfOpen < 1) {
            throw new IllegalArgumentException("permittedCallsInHalfOpen must be at least 1, got " + permittedCallsInHalfOpen);
        }
    }

    /** 50% failures or 80% slow calls over the last 20 calls (10 needed) open it for 30 s; 3 trial calls. */
    public static BreakerSettings defaults(Duration slowCallDuration) {
        return builder().slowCallDuration(slowCallDuration).build();
    }

    /** Starts from the thresholds of {@link #defaults}; the slow-call duration has no default and must be set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Names each threshold of a {@link BreakerSettings}. */
    public static final class Builder {
        private float failureRateThreshold = 50;
        private float slowCallRateThreshold = 80;
        private Duration slowCallDuration;
        private int slidingWindowSize = 20;
        private int minimumNumberOfCalls = 10;
        private Duration waitInOpenState = Duration.ofSeconds(30);
        private int permittedCallsInHalfOpen = 3;

        private Builder() {
        }

        public Builder failureRateThreshold(float v) { this.failureRateThreshold = v; return this; }
        public Builder slowCallRateThreshold(float v) { this.slowCallRateThreshold = v; return this; }
        public Builder slowCallDuration(Duration v) { this.slowCallDuration = v; return this; }
        public Builder slidingWindowSize(int v) { this.slidingWindowSize = v; return this; }
        public Builder minimumNumberOfCalls(int v) { this.minimumNumberOfCalls = v; return this; }
        public Builder waitInOpenState(Duration v) { this.waitInOpenState = v; return this; }
        public Builder permittedCallsInHalfOpen(int v) { this.permittedCallsInHalfOpen = v; return this; }

        /** @throws IllegalArgumentException naming the first invalid value */
        public BreakerSettings build() {
            Objects.requireNonNull(slowCallDuration, "slowCallDuration must be set");
            return new BreakerSettings(failureRateThreshold, slowCallRateThreshold, slowCallDuration,
                    slidingWindowSize, minimumNumberOfCalls, waitInOpenState, permittedCallsInHalfOpen);
        }
    }

    /**
     * The resilience4j configuration on the given clock. Caller-side failures (permission, validation, circuit
     * open, bulkhead full) are ignored: they say nothing about the dependency's health.
     */
    public CircuitBreakerConfig toConfig(Clock clock) {
        return CircuitBreakerConfig.custom()
                .failureRateThreshold(failureRateThreshold)
                .slowCallRateThreshold(slowCallRateThreshold)
                .slowCallDurationThreshold(slowCallDuration)
                .slidingWindow(slidingWindowSize, minimumNumberOfCalls, SlidingWindowType.COUNT_BASED)
                .waitDurationInOpenState(waitInOpenState)
                .permittedNumberOfCallsInHalfOpenState(permittedCallsInHalfOpen)
                .automaticTransitionFromOpenToHalfOpenEnabled(false)
                .ignoreException(t -> t instanceof CallFailure f && f.type().isCallerSide())
                .clock(clock)
                .build();
    }
}
