package io.breakerboard.metrics;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * One time bucket of a dashboard's series.
 *
 * @param costByAgent cost in this bucket per agent
 * @param costByModel cost in this bucket per model
 */
public record SeriesPoint(
        Instant start,
        long executions,
        long failures,
        long costMicros,
        Duration p95,
        Map<String, Long> costByAgent,
        Map<String, Long> costByModel) {

    public SeriesPoint {
        costByAgent = costByAgent == null ? Map.of() : Map.copyOf(costByAgent);
        costByModel = costByModel == null ? Map.of() : Map.copyOf(costByModel);
    }

    public long successes() {
        return executions - failures;
    }

    /** 0..1, or NaN for an empty bucket (charts leave a gap). */
    public double successRate() {
        return executions == 0 ? Double.NaN : (double) successes() / executions;
    }
}
