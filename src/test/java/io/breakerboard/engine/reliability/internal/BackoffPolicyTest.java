package io.breakerboard.engine.reliability.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.engine.reliability.CallFailure;
import io.breakerboard.engine.reliability.FailureType;
import io.breakerboard.engine.reliability.RetrySettings;
import io.github.resilience4j.retry.Retry;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BackoffPolicyTest {
    private final RetrySettings settings = RetrySettings.builder().maxAttempts(6)
            .initialInterval(Duration.ofMillis(100)).multiplier(2.0).jitter(0.5).maxInterval(Duration.ofSeconds(5)).build();
    private final BackoffPolicy policy = new BackoffPolicy(settings);

    private static CallFailure failure(long seed) {
        return new CallFailure(FailureType.SERVER_ERROR, "503").withSeed(seed);
    }

    @Test
    void waitsGrowExponentiallyWithinTheJitterBounds() {
        for (int attempt = 1; attempt <= 5; attempt++) {
            long base = 100L << (attempt - 1);
            Set<Long> seen = new HashSet<>();
            for (long seed = 0; seed < 200; seed++) {
                long ms = policy.interval(attempt, failure(seed)).toMillis();
                assertThat(ms).as("attempt %d", attempt).isBetween(Math.round(base * 0.5), Math.round(base * 1.5));
                seen.add(ms);
            }
            assertThat(seen).as("jitter spreads the waits of attempt %d", attempt).hasSizeGreaterThan(20);
        }
    }

    @Test
    void theSameAttemptSeedGivesTheSameWait() {
        assertThat(policy.interval(3, failure(77))).isEqualTo(policy.interval(3, failure(77)));
    }

    @Test
    void waitsAreCappedAtTheMaximum() {
        for (long seed = 0; seed < 50; seed++) {
            assertThat(policy.interval(12, failure(seed))).isLessThanOrEqualTo(Duration.ofSeconds(5));
        }
    }

    @Test
    void aLongerRetryAfterWins() {
        CallFailure limited = new CallFailure(FailureType.RATE_LIMITED, "429", Duration.ofSeconds(7)).withSeed(1);
        assertThat(policy.interval(1, limited)).isEqualTo(Duration.ofSeconds(7));
    }

    @Test
    void resilience4jRetriesOnlyTransientFailures() {
        for (FailureType t : FailureType.values()) {
            Retry.AsyncContext<Object> ctx = Retry.of("r-" + t, settings.toConfig()).asyncContext();
            long wait = ctx.onError(new CallFailure(t, "x").withSeed(5));
            if (t == FailureType.TIMEOUT || t == FailureType.SERVER_ERROR || t == FailureType.RATE_LIMITED) {
                assertThat(wait).as(t.name()).isPositive();
            } else {
                assertThat(wait).as(t.name()).isNegative();
            }
        }
    }

    @Test
    void resilience4jStopsAfterMaxAttempts() {
        Retry.AsyncContext<Object> ctx = Retry.of("r", settings.toConfig()).asyncContext();
        for (int i = 1; i < 6; i++) {
            assertThat(ctx.onError(failure(i))).isPositive();
        }
        assertThat(ctx.onError(failure(6))).isNegative();
    }
}
