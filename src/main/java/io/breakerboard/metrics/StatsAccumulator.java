package io.breakerboard.metrics;

import io.breakerboard.model.ErrorKind;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/** Merges rollups into the figures of one {@link AgentStats}. */
final class StatsAccumulator {
    /** A rollup without models or durations, so its counts, sums, extremes and error kinds add up as a rollup's do. */
    private final Rollup counts = new Rollup(AgentStats.ALL, 0, null, null);
    private final MergedDurations durations = new MergedDurations();

    /** Adds a rollup; the caller holds its monitor. */
    void add(Rollup rollup) {
        counts.addCounts(rollup);
        durations.add(rollup.durations);
    }

    void add(StatsAccumulator other) {
        counts.addCounts(other.counts);
        durations.add(other.durations);
    }

    long executions() {
        return counts.executions;
    }

    AgentStats toStats(String agent) {
        Map<ErrorKind, Long> byKind = new EnumMap<>(ErrorKind.class);
        for (ErrorKind kind : ErrorKind.values()) {
            if (counts.errors(kind) > 0) {
                byKind.put(kind, counts.errors(kind));
            }
        }
        return new AgentStats(agent, counts.executions, counts.successes, counts.failures, counts.retried,
                durationStats(), counts.inputTokens, counts.outputTokens, counts.costMicros, byKind);
    }

    private DurationStats durationStats() {
        if (counts.executions == 0) {
            return DurationStats.EMPTY;
        }
        Duration[] p = durations.nearestRanks(counts.durationMinMicros, counts.durationMaxMicros, 0.50, 0.95, 0.99);
        return new DurationStats(counts.executions, Percentiles.averageOf(counts.durationSumMicros, counts.executions),
                Percentiles.ofMicros(counts.durationMinMicros), Percentiles.ofMicros(counts.durationMaxMicros),
                p[0], p[1], p[2]);
    }
}
