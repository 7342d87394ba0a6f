package io.breakerboard.engine.reliability;

import io.breakerboard.engine.reliability.internal.BackoffPolicy;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;

/**
 * Retry policy: exponential backoff with jitter, transient failures only.
 *
 * @param maxAttempts     attempts in total, the first included
 * @param initialInterval wait before the first retry, before jitter
 * @param multiplier      growth of the wait per retry
 * @param jitter          randomisation factor: each wait lies in [w·(1−jitter), w·(1+jitter)]
 * @param maxInterval     cap on any wait except a longer retry-after the dependency asked for
 */
public record RetrySettings(int maxAttempts, Duration initialInterval, double multiplier, double jitter,
                            Duration maxInterval) {

    public RetrySettings {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, got " + maxAttempts);
        }
        if (initialInterval.toMillis() < 1) {
            throw new IllegalArgumentException("initialInterval must be at least 1 ms, got " + initialInterval);
        }
        if (multiplier < 1) {
            throw new IllegalArgumentException("multiplier must be at least 1, got " + multiplier);
        }
        if (jitter < 0 || jitter >= 1) {
            throw new IllegalArgumentException("jitter must be in [0, 1), got " + jitter);
        }
        if (maxInterval.compareTo(initialInterval) < 0) {
            throw new IllegalArgumentException("maxInterval " + maxInterval + " is below initialInterval " + initialInterval);
        }
    }

    /** Three attempts, 200 ms doubling, ±50% jitter, at most 10 s. */
    public static RetrySettings defaults() {
        return builder().build();
    }

    /** Starts from the {@link #defaults}. */
    public static Builder builder() {
        return new Builder();
    }

    /** Names each setting of a {@link RetrySettings}. */
    public static final class Builder {
        private int maxAttempts = 3;
        private Duration initialInterval = Duration.ofMillis(200);
        private double multiplier = 2.0;
        private double jitter = 0.5;
        private Duration maxInterval = Duration.ofSeconds(10);

        private Builder() {
        }

        public Builder maxAttempts(int v) { this.maxAttempts = v; return this; }
        public Builder initialInterval(Duration v) { this.initialInterval = v; return this; }
        public Builder multiplier(double v) { this.multiplier = v; return this; }
        public Builder jitter(double v) { this.jitter = v; return this; }
        public Builder maxInterval(Duration v) { this.maxInterval = v; return this; }

        /** @throws IllegalArgumentException naming the first invalid value */
        public RetrySettings build() {
            return new RetrySettings(maxAttempts, initialInterval, multiplier, jitter, maxInterval);
        }
    }

    /** The resilience4j configuration: retries transient {@link CallFailure}s only, waits from {@link BackoffPolicy}. */
    public RetryConfig toConfig() {
        return RetryConfig.custom()
                .maxAttempts(maxAttempts)
                .intervalBiFunction(new BackoffPolicy(this))
                .retryOnException(t -> t instanceof CallFailure f && f.type().isTransient())
                .failAfterMaxAttempts(false)
                .build();
    }
}
