package io.breakerboard.chaos;

import io.breakerboard.engine.Workload;
import io.breakerboard.engine.orchestration.PatternKind;
import io.breakerboard.engine.workload.BalancingStrategy;
import io.breakerboard.model.Units;
import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The traffic an experiment sends through the engine.
 *
 * @param perMinute   mean arrivals per minute
 * @param concurrency executions at once
 * @param agents      relative weight per agent name
 * @param patterns    relative weight per orchestration pattern id ({@code hierarchical}, {@code sequential}, …)
 */
public record WorkloadSpec(double perMinute, int concurrency, Map<String, Integer> agents, Map<String, Integer> patterns) {

    public WorkloadSpec {
        agents = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(agents));
        patterns = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(patterns));
        if (agents.isEmpty()) {
            throw new IllegalArgumentException("agents must name at least one agent with a weight");
        }
        for (Map.Entry<String, Integer> e : agents.entrySet()) {
            if (e.getValue() == null || e.getValue() < 0) {
                throw new IllegalArgumentException("agent weight of " + e.getKey() + " must be 0 or more, got " + e.getValue());
            }
        }
        for (Map.Entry<String, Integer> e : patterns.entrySet()) {
            if (e.getValue() == null || e.getValue() < 0) {
                throw new IllegalArgumentException("pattern weight of " + e.getKey() + " must be 0 or more, got " + e.getValue());
            }
        }
        workload(perMinute, concurrency, agents, patterns, 1, Duration.ofMinutes(1));
    }

    /**
     * The engine's workload for one phase.
     *
     * @throws IllegalArgumentException naming an unknown agent or pattern, or a pattern no agent of the mix serves
     */
    public Workload toWorkload(long seed, Duration duration) {
        return workload(perMinute, concurrency, agents, patterns, seed, duration);
    }

    private static Workload workload(double perMinute, int concurrency, Map<String, Integer> agents,
                                     Map<String, Integer> patterns, long seed, Duration duration) {
        Map<PatternKind, Integer> mix = new EnumMap<>(PatternKind.class);
        patterns.forEach((id, weight) -> mix.put(PatternKind.parse(id), weight));
        return new Workload(perMinute, concurrency, agents, mix, seed, BalancingStrategy.ROUND_ROBIN, duration);
    }

    /** "30 per minute, 6 at once". */
    public String describe() {
        return Units.number(perMinute) + " per minute, " + concurrency + " at once";
    }
}
