package io.breakerboard.metrics;

import io.breakerboard.model.Saturating;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/** Merges the rollups of one series bucket into a {@link SeriesPoint}. */
final class BucketAccumulator {
    private long executions;
    private long failures;
    private long costMicros;
    private long durationMinMicros = Long.MAX_VALUE;
    private long durationMaxMicros;
    private MergedDurations durations;
    private final long[] costByAgent;
    private final boolean[] agentSeen;
    private PooledName[] models = new PooledName[0];
    private long[] costByModel = new long[0];

    /** @param agents how many agents the snapshot covers; rollups name theirs by position */
    BucketAccumulator(int agents) {
        costByAgent = new long[agents];
        agentSeen = new boolean[agents];
    }

    /** Adds a rollup of the agent at {@code agent}; the caller holds its monitor. */
    void add(Rollup rollup, int agent) {
        executions = Saturating.add(executions, rollup.executions);
        failures = Saturating.add(failures, rollup.failures);
        costMicros = Saturating.add(costMicros, rollup.costMicros);
        durationMinMicros = Math.min(durationMinMicros, rollup.durationMinMicros);
        durationMaxMicros = Math.max(durationMaxMicros, rollup.durationMaxMicros);
        if (durations == null) {
            durations = new MergedDurations();
        }
        durations.add(rollup.durations);
        costByAgent[agent] = Saturating.add(costByAgent[agent], rollup.costMicros);
        agentSeen[agent] = true;
        ModelTable table = rollup.models;
        for (int i = 0; i < table.size(); i++) {
            PooledName model = table.name(i);
            if (model.id() >= models.length) {
                models = Arrays.copyOf(models, model.id() + 4);
                costByModel = Arrays.copyOf(costByModel, models.length);
            }
            models[model.id()] = model;
            costByModel[model.id()] = Saturating.add(costByModel[model.id()], table.costMicros(i));
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
        Map<String, Long> byModel = new HashMap<>();
        for (int id = 0; id < models.length; id++) {
            if (models[id] != null) {
                byModel.put(models[id].text(), costByModel[id]);
            }
        }
        Duration p95 = durations.nearestRanks(durationMinMicros, durationMaxMicros, 0.95)[0];
        return new SeriesPoint(start, executions, failures, costMicros, p95, byAgent, byModel);
    }
}
