package io.breakerboard.metrics;

import com.datadoghq.sketch.ddsketch.DDSketch;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Merges the rollups of one series bucket into a {@link SeriesPoint}. */
final class BucketAccumulator {
    private long executions;
    private long failures;
    private long costMicros;
    private long durationMinMicros = Long.MAX_VALUE;
    private long durationMaxMicros;
    private DDSketch durations;
    private final long[] costByAgent;
    private final boolean[] agentSeen;
    private final Map<String, Long> costByModel = new HashMap<>();

    /** @param agents how many agents the snapshot covers; rollups name theirs by position */
    BucketAccumulator(int agents) {
        costByAgent = new long[agents];
        agentSeen = new boolean[agents];
    }

    /** Adds a rollup of the agent at {@code agent}; the caller holds its monitor. */
    void add(Rollup rollup, int agent) {
        executions += rollup.executions;
        failures += rollup.failures;
        costMicros += rollup.costMicros;
        durationMinMicros = Math.min(durationMinMicros, rollup.durationMinMicros);
        durationMaxMicros = Math.max(durationMaxMicros, rollup.durationMaxMicros);
        if (durations == null) {
            durations = DurationSketch.forMerge();
        }
        durations.mergeWith(rollup.durations);
        costByAgent[agent] += rollup.costMicros;
        agentSeen[agent] = true;
        ModelTable models = rollup.models;
        for (int i = 0; i < models.size(); i++) {
            costByModel.merge(models.name(i), models.costMicros(i), Long::sum);
        }
    }

    SeriesPoint toPoint(Instant start, String[] agentNames) {
        if (executions == 0) {
            return new SeriesPoint(start, 0, 0, 0, Duration.ZERO, Map.of(), Map.of());
        }
        Map<String, Long> byAgent = new HashMap<>();
        for (int i = 0; i < agentSeen.length; i++) {
            if (agentSeen[i]) {
                byAgent.put(agentNames[i], costByAgent[i]);
            }
        }
        Duration p95 = DurationSketch.nearestRanks(durations, durationMinMicros, durationMaxMicros, 0.95)[0];
        return new SeriesPoint(start, executions, failures, costMicros, p95, byAgent, costByModel);
    }
}
