package io.breakerboard.metrics;

import io.breakerboard.model.ErrorKind;
import java.util.Map;

/**
 * Aggregates for one agent (or for all of them, named {@link #ALL}) over a filter's range.
 *
 * @param retried executions with at least one retried call
 * @param errors  failures by error kind
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
        Map<ErrorKind, Long> errors) {

    public static final String ALL = "ALL";

    public AgentStats {
        errors = errors == null ? Map.of() : Map.copyOf(errors);
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

    public long avgCostMicros() {
        return executions == 0 ? 0 : costMicros / executions;
    }
}
