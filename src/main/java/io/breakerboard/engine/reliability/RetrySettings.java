package io.breakerboard.engine.reliability;

import io.breakerboard.engine.call.CallFailure;
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
        return new RetrySettings(3, Duration.ofMillis(200), 2.0, 0.5, Duration.ofSeconds(10));
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
