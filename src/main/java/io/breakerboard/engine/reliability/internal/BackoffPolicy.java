package io.breakerboard.engine.reliability.internal;

import io.breakerboard.engine.reliability.CallFailure;
import io.breakerboard.engine.reliability.RetrySettings;
import io.breakerboard.engine.sim.Seeds;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.core.functions.Either;
import java.time.Duration;
import java.util.SplittableRandom;

/**
 * Exponential backoff with jitter, honouring retry-after. The jitter is drawn from the failed attempt's seed
 * instead of a shared random source, so the same run waits the same times (resilience4j's own randomized
 * interval functions use {@code Math.random}).
 */
public final class BackoffPolicy implements IntervalBiFunction<Object> {
    private final RetrySettings settings;

    public BackoffPolicy(RetrySettings settings) {
        this.settings = settings;
    }

    /** The wait in milliseconds after failed attempt {@code attempt} (1-based). */
    @Override
    public Long apply(Integer attempt, Either<Throwable, Object> outcome) {
        CallFailure failure = outcome.isLeft() && outcome.getLeft() instanceof CallFailure f ? f : null;
        return interval(attempt, failure).toMillis();
    }

    /** The wait after failed attempt {@code attempt}; at least 1 ms. */
    public Duration interval(int attempt, CallFailure failure) {
        double base = settings.initialInterval().toMillis() * Math.pow(settings.multiplier(), attempt - 1);
        base = Math.min(base, settings.maxInterval().toMillis());
        long seed = failure == null ? 0 : failure.seed();
        double u = new SplittableRandom(Seeds.mix(seed, attempt)).nextDouble();
        double factor = 1 - settings.jitter() + 2 * settings.jitter() * u;
        long millis = Math.max(1, Math.round(Math.min(base * factor, settings.maxInterval().toMillis())));
        if (failure != null && failure.retryAfter() != null) {
            millis = Math.max(millis, failure.retryAfter().toMillis());
        }
        return Duration.ofMillis(millis);
    }
}
