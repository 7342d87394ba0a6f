package io.breakerboard.engine.reliability;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Every reliability setting of the engine, immutable. Change one with the {@code with…} methods and hand the
 * result to {@link ReliabilityRegistry#update}.
 *
 * @param toolBreaker       breaker thresholds of every tool without an override
 * @param modelBreaker      breaker thresholds of every model
 * @param breakerOverrides  thresholds of single tools or models, by name
 * @param toolRetry         retries of tool calls
 * @param modelRetry        retries of model calls
 * @param toolTimeout       time limit of one tool attempt
 * @param modelTimeout      time limit of one model attempt
 * @param bulkheadPerAgent  concurrent calls one agent instance may have in flight
 * @param modelRateLimit    calls per period to one model
 * @param statsWindow       length of the rolling window of the live call statistics
 */
public record ReliabilitySettings(BreakerSettings toolBreaker, BreakerSettings modelBreaker,
                                  Map<String, BreakerSettings> breakerOverrides, RetrySettings toolRetry,
                                  RetrySettings modelRetry, Duration toolTimeout, Duration modelTimeout,
                                  int bulkheadPerAgent, RateLimitSettings modelRateLimit, Duration statsWindow) {

    public ReliabilitySettings {
        breakerOverrides = Map.copyOf(breakerOverrides);
        if (toolTimeout.isNegative() || toolTimeout.isZero() || modelTimeout.isNegative() || modelTimeout.isZero()) {
            throw new IllegalArgumentException("time limits must be positive, got tool " + toolTimeout + ", model " + modelTimeout);
        }
        if (bulkheadPerAgent < 1) {
            throw new IllegalArgumentException("bulkheadPerAgent must be at least 1, got " + bulkheadPerAgent);
        }
        if (statsWindow.getSeconds() < 10) {
            throw new IllegalArgumentException("statsWindow must be at least 10 s, got " + statsWindow);
        }
    }

    public static ReliabilitySettings defaults() {
        return new ReliabilitySettings(
                BreakerSettings.defaults(Duration.ofSeconds(3)),
                BreakerSettings.defaults(Duration.ofSeconds(15)),
                Map.of(),
                RetrySettings.defaults(),
                RetrySettings.builder().maxAttempts(4).initialInterval(Duration.ofMillis(500)).multiplier(2.0)
                        .jitter(0.5).maxInterval(Duration.ofSeconds(20)).build(),
                Duration.ofSeconds(8),
                Duration.ofSeconds(30),
                8,
                new RateLimitSettings(50, Duration.ofSeconds(1), Duration.ofSeconds(2)),
                Duration.ofMinutes(5));
    }

    /** The breaker thresholds of one tool or model. */
    public BreakerSettings breakerFor(String name, boolean model) {
        return breakerOverrides.getOrDefault(name, model ? modelBreaker : toolBreaker);
    }

    public ReliabilitySettings withBreaker(String name, BreakerSettings settings) {
        Map<String, BreakerSettings> m = new HashMap<>(breakerOverrides);
        m.put(name, settings);
        return new ReliabilitySettings(toolBreaker, modelBreaker, m, toolRetry, modelRetry, toolTimeout, modelTimeout,
                bulkheadPerAgent, modelRateLimit, statsWindow);
    }

    public ReliabilitySettings withToolRetry(RetrySettings r) {
        return new ReliabilitySettings(toolBreaker, modelBreaker, breakerOverrides, r, modelRetry, toolTimeout,
                modelTimeout, bulkheadPerAgent, modelRateLimit, statsWindow);
    }

    public ReliabilitySettings withTimeouts(Duration tool, Duration model) {
        return new ReliabilitySettings(toolBreaker, modelBreaker, breakerOverrides, toolRetry, modelRetry, tool, model,
                bulkheadPerAgent, modelRateLimit, statsWindow);
    }

    public ReliabilitySettings withBulkhead(int perAgent) {
        return new ReliabilitySettings(toolBreaker, modelBreaker, breakerOverrides, toolRetry, modelRetry, toolTimeout,
                modelTimeout, perAgent, modelRateLimit, statsWindow);
    }

    public ReliabilitySettings withModelRateLimit(RateLimitSettings r) {
        return new ReliabilitySettings(toolBreaker, modelBreaker, breakerOverrides, toolRetry, modelRetry, toolTimeout,
                modelTimeout, bulkheadPerAgent, r, statsWindow);
    }
}
