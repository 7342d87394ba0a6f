package io.breakerboard.chaos;

import io.breakerboard.model.Units;
import java.time.Duration;
import java.util.Objects;

/**
 * One fault to inject: what, where, how often and for how long. Parameters a kind does not use are kept at
 * zero (or one for the factor), so two specs that act alike are equal.
 *
 * @param kind        what happens to a hit call
 * @param target      which calls it is aimed at
 * @param probability share of matching calls hit, in (0, 1]
 * @param duration    how long it stays before it rolls back by itself, at most {@link #MAX_DURATION}
 * @param latency     {@link FaultKind#LATENCY}: the delay added to each hit call
 * @param jitter      {@link FaultKind#LATENCY}: the delay varies by up to this much either way
 * @param retryAfter  {@link FaultKind#RATE_LIMITED}: the wait the 429 answer asks for
 * @param factor      {@link FaultKind#TOKEN_SPIKE}: tokens and cost are multiplied by this
 */
public record FaultSpec(FaultKind kind, FaultTarget target, double probability, Duration duration, Duration latency,
                        Duration jitter, Duration retryAfter, double factor) {
    public static final Duration MAX_DURATION = Duration.ofDays(7);
    public static final Duration MAX_LATENCY = Duration.ofMinutes(10);
    public static final Duration DEFAULT_LATENCY = Duration.ofMillis(800);
    public static final Duration DEFAULT_JITTER = Duration.ofMillis(200);
    public static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(2);
    public static final double DEFAULT_FACTOR = 10;
    public static final double MAX_FACTOR = 1000;

    public FaultSpec {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(target, "target");
        if (!(probability > 0) || probability > 1) {
            throw new IllegalArgumentException("percent must be above 0 and at most 100, got "
                    + Units.number(probability * 100));
        }
        if (duration == null || duration.isNegative() || duration.isZero() || duration.compareTo(MAX_DURATION) > 0) {
            throw new IllegalArgumentException("duration must be positive and at most 7 days, got " + duration);
        }
        if (target.scope() == FaultScope.MODEL && !kind.reachesModels()) {
            throw new IllegalArgumentException(kind.label() + " reaches tools only; aim it at a tool, an agent or all"
                    + " instead of " + target.label());
        }
        if (target.scope() == FaultScope.TOOL && !kind.reachesTools()) {
            throw new IllegalArgumentException(kind.label() + " reaches models only; aim it at a model, an agent or all"
                    + " instead of " + target.label());
        }
        if (kind == FaultKind.LATENCY) {
            if (latency == null || latency.isNegative() || latency.isZero() || latency.compareTo(MAX_LATENCY) > 0) {
                throw new IllegalArgumentException("latency must be positive and at most 10 minutes, got " + latency);
            }
            jitter = jitter == null ? Duration.ZERO : jitter;
            if (jitter.isNegative() || jitter.compareTo(latency) > 0) {
                throw new IllegalArgumentException("jitter must be between 0 and the latency (" + latency.toMillis()
                        + " ms), got " + jitter.toMillis() + " ms");
            }
        } else {
            latency = Duration.ZERO;
            jitter = Duration.ZERO;
        }
        if (kind == FaultKind.RATE_LIMITED) {
            if (retryAfter == null || retryAfter.isNegative() || retryAfter.isZero()
                    || retryAfter.compareTo(Duration.ofHours(1)) > 0) {
                throw new IllegalArgumentException("retryAfter must be positive and at most 1 hour, got " + retryAfter);
            }
        } else {
            retryAfter = Duration.ZERO;
        }
        if (kind == FaultKind.TOKEN_SPIKE) {
            if (!(factor > 1) || factor > MAX_FACTOR) {
                throw new IllegalArgumentException("factor must be above 1 and at most " + (int) MAX_FACTOR + ", got "
                        + factor);
            }
        } else {
            factor = 1;
        }
    }

    /** A fault with the kind's default share of calls and default parameters. */
    public static FaultSpec of(FaultKind kind, FaultTarget target, Duration duration) {
        return of(kind, target, kind.defaultPercent(), duration);
    }

    /** A fault hitting {@code percent} of matching calls, with the kind's default parameters. */
    public static FaultSpec of(FaultKind kind, FaultTarget target, double percent, Duration duration) {
        return new FaultSpec(kind, target, percent / 100, duration, DEFAULT_LATENCY, DEFAULT_JITTER,
                DEFAULT_RETRY_AFTER, DEFAULT_FACTOR);
    }

    public FaultSpec withLatency(Duration newLatency, Duration newJitter) {
        return new FaultSpec(kind, target, probability, duration, newLatency, newJitter, retryAfter, factor);
    }

    public FaultSpec withRetryAfter(Duration wait) {
        return new FaultSpec(kind, target, probability, duration, latency, jitter, wait, factor);
    }

    public FaultSpec withFactor(double f) {
        return new FaultSpec(kind, target, probability, duration, latency, jitter, retryAfter, f);
    }

    public FaultSpec withDuration(Duration d) {
        return new FaultSpec(kind, target, probability, d, latency, jitter, retryAfter, factor);
    }

    /** The share of calls hit, in percent. */
    public double percent() {
        return probability * 100;
    }

    /** The kind's parameter in words ("+800 ms ± 200 ms", "retry after 2 s", "×10"), or empty. */
    public String intensity() {
        return switch (kind) {
            case LATENCY -> "+" + latency.toMillis() + " ms" + (jitter.isZero() ? "" : " ± " + jitter.toMillis() + " ms");
            case RATE_LIMITED -> "retry after " + Units.span(retryAfter);
            case TOKEN_SPIKE -> "×" + Units.number(factor);
            default -> "";
        };
    }

    /** For people: "Tool down on tool get_pod_logs, 100 % of calls, for 60 s". */
    public String describe() {
        String extra = intensity();
        return kind.label() + (extra.isEmpty() ? "" : " " + extra) + " on " + target.label() + ", "
                + Units.number(percent()) + " % of calls, for " + Units.span(duration);
    }
}
