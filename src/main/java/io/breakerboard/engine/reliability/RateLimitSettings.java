package io.breakerboard.engine.reliability;

import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import java.time.Duration;

/**
 * Calls allowed to one model.
 *
 * @param limitForPeriod calls per period
 * @param refreshPeriod  length of a period
 * @param maxWait        how long a call may wait (on the engine clock) for a permit before it is refused
 */
public record RateLimitSettings(int limitForPeriod, Duration refreshPeriod, Duration maxWait) {

    public RateLimitSettings {
        if (limitForPeriod < 1) {
            throw new IllegalArgumentException("limitForPeriod must be at least 1, got " + limitForPeriod);
        }
        if (refreshPeriod.toNanos() < 1_000) {
            throw new IllegalArgumentException("refreshPeriod must be at least 1 µs, got " + refreshPeriod);
        }
        if (maxWait.isNegative()) {
            throw new IllegalArgumentException("maxWait cannot be negative, got " + maxWait);
        }
    }

    public RateLimiterConfig toConfig() {
        return RateLimiterConfig.custom().limitForPeriod(limitForPeriod).limitRefreshPeriod(refreshPeriod)
                .timeoutDuration(maxWait).build();
    }
}
