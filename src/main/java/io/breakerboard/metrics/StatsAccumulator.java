package io.breakerboard.metrics;

import io.breakerboard.model.ErrorKind;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/** Merges rollups into the figures of one {@link AgentStats}. */
final class StatsAccumulator {
    private long executions;
    private long successes;
    private long failures;
    private long retried;
    private long durationSumMicros;
    private long durationMinMicros = Long.MAX_VALUE;
    private long durationMaxMicros;
    private long inputTokens;
    private long outputTokens;
    private long costMicros;
    private final long[] errors = new long[Rollup.ERROR_KINDS];
    private final MergedDurations durations = new MergedDurations();

    /** Adds a rollup; the caller holds its monitor. */
    void add(Rollup rollup) {
        executions += rollup.executions;
        successes += rollup.successes;
        failures += rollup.failures;
        retried += rollup.retried;
        durationSumMicros = Micros.add(durationSumMicros, rollup.durationSumMicros);
        durationMinMicros = Math.min(durationMinMicros, rollup.durationMinMicros);
        durationMaxMicros = Math.max(durationMaxMicros, rollup.durationMaxMicros);
        inputTokens += rollup.inputTokens;
        outputTokens += rollup.outputTokens;
        costMicros += rollup.costMicros;
        if (rollup.errors != null) {
            for (int i = 0; i < errors.length; i++) {
                errors[i] += rollup.errors[i];
            }
        }
        durations.add(rollup.durations);
    }

    void add(StatsAccumulator other) {
        executions += other.executions;
        successes += other.successes;
        failures += other.failures;
        retried += other.retried;
        durationSumMicros = Micros.add(durationSumMicros, other.durationSumMicros);
        durationMinMicros = Math.min(durationMinMicros, other.durationMinMicros);
        durationMaxMicros = Math.max(durationMaxMicros, other.durationMaxMicros);
        inputTokens += other.inputTokens;
        outputTokens += other.outputTokens;
        costMicros += other.costMicros;
        for (int i = 0; i < errors.length; i++) {
            errors[i] += other.errors[i];
        }
        durations.add(other.durations);
    }

    long executions() {
        return executions;
    }

    AgentStats toStats(String agent) {
        Map<ErrorKind, Long> byKind = new EnumMap<>(ErrorKind.class);
        for (ErrorKind kind : ErrorKind.values()) {
            if (errors[kind.ordinal()] > 0) {
                byKind.put(kind, errors[kind.ordinal()]);
            }
        }
        return new AgentStats(agent, executions, successes, failures, retried, durationStats(),
                inputTokens, outputTokens, costMicros, byKind);
    }

    private DurationStats durationStats() {
        if (executions == 0) {
            return DurationStats.EMPTY;
        }
        Duration[] p = durations.nearestRanks(durationMinMicros, durationMaxMicros, 0.50, 0.95, 0.99);
        return new DurationStats(executions, Percentiles.averageOf(durationSumMicros, executions),
                Percentiles.ofMicros(durationMinMicros), Percentiles.ofMicros(durationMaxMicros), p[0], p[1], p[2]);
    }
}
