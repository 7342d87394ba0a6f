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
        if (rollup.executions > 0) {
            counts.firstStartMicros = Math.min(counts.firstStartMicros, rollup.firstStartMicros);
            counts.lastEndMicros = Math.max(counts.lastEndMicros, rollup.lastEndMicros);
        }
    }

    void add(StatsAccumulator other) {
        counts.addCounts(other.counts);
        durations.add(other.durations);
        counts.firstStartMicros = Math.min(counts.firstStartMicros, other.counts.firstStartMicros);
        counts.lastEndMicros = Math.max(counts.lastEndMicros, other.counts.lastEndMicros);
    }

    /** From the first start to the last end added, in epoch micros; empty (first after last) when nothing was. */
    long firstStartMicros() {
        return counts.firstStartMicros;
    }

    long lastEndMicros() {
        return counts.lastEndMicros;
    }

    long executions() {
        return counts.executions;
    }

    AgentStats toStats(String agent, Duration window) {
        Map<ErrorKind, Long> byKind = new EnumMap<>(ErrorKind.class);
        for (ErrorKind kind : ErrorKind.values()) {
            if (counts.errors(kind) > 0) {
                byKind.put(kind, counts.errors(kind));
            }
        }
        return new AgentStats(agent, counts.executions, counts.successes, counts.failures, counts.retried,
                durationStats(), counts.inputTokens, counts.outputTokens, counts.costMicros, byKind, counts.recovered,
                counts.recoveryBase, window);
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
