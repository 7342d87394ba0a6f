package io.breakerboard.metrics;

import io.breakerboard.model.ErrorKind;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Aggregates for one agent (or for all of them, named {@link #ALL}) over a filter's range.
 *
 * @param retried      executions with at least one retried call
 * @param errors       failures by error kind
 * @param recovered    retried executions that still succeeded: a retry or a fallback recovered their failed calls
 * @param recoveryBase retried executions whose outcome after the retries is known; below {@code retried} only for
 *                     minutes stored before the recovered count was kept
 * @param window       the time the throughput is counted over: the filter's range, or for the unbounded range
 *                     the span of the data it holds (at least a minute); zero when unknown
 */
public record AgentStats(
        String agent,
        long executions,
        long successes,
        long failures,
        long retried,
        DurationStats durations,
        long inputTokens,
        long outputTokens,
        long costMicros,
        Map<ErrorKind, Long> errors,
        long recovered,
        long recoveryBase,
        Duration window) {

    public static final String ALL = "ALL";

    /** The agent ranking's formula, as {@link #rankingScore()} computes it. */
    public static final String RANKING_FORMULA = "success rate × 1 ÷ (average execution time in s + 1)";

    public AgentStats {
        errors = errors == null ? Map.of() : Map.copyOf(errors);
        window = window == null ? Duration.ZERO : window;
    }

    /** Aggregates without recovery counts or throughput window. */
    public AgentStats(String agent, long executions, long successes, long failures, long retried,
                      DurationStats durations, long inputTokens, long outputTokens, long costMicros,
                      Map<ErrorKind, Long> errors) {
        this(agent, executions, successes, failures, retried, durations, inputTokens, outputTokens, costMicros, errors,
                0, 0, Duration.ZERO);
    }

    /** Successes over executions, 0..1; 1 when there were none (nothing failed). */
    public double successRate() {
        return executions == 0 ? 1.0 : (double) successes / executions;
    }

    public double errorRate() {
        return executions == 0 ? 0.0 : (double) failures / executions;
    }

    public double retryRate() {
        return executions == 0 ? 0.0 : (double) retried / executions;
    }

    /**
     * Recovered over retried executions, 0..1: of the executions in which a call failed and was retried (a retry
     * or a fallback standing in), the share that still succeeded. Empty when none was retried.
     */
    public OptionalDouble recoveryRate() {
        return recoveryBase == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) recovered / recoveryBase);
    }

    /** Executions per minute over {@link #window()}; 0 when the window is unknown. */
    public double throughputPerMinute() {
        return window.isZero() ? 0.0 : executions * 60_000_000_000.0 / window.toNanos();
    }

    /**
     * The agent ranking: {@value #RANKING_FORMULA}. 1 for an agent that never fails and takes no time; it halves
     * when every execution takes a second, and when half of them fail.
     */
    public double rankingScore() {
        double averageSeconds = durations == null ? 0.0 : durations.avg().toNanos() / 1e9;
        return successRate() / (averageSeconds + 1.0);
    }

    public long avgCostMicros() {
        return executions == 0 ? 0 : costMicros / executions;
    }
}
