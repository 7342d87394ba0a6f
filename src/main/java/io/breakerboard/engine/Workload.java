package io.breakerboard.engine;

import io.breakerboard.engine.agent.AgentCatalog;
import io.breakerboard.engine.agent.AgentSpec;
import io.breakerboard.engine.orchestration.PatternKind;
import io.breakerboard.engine.workload.BalancingStrategy;
import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Traffic for the engine to run.
 *
 * @param executionsPerMinute mean arrival rate (arrivals are a Poisson process)
 * @param concurrency         executions that may run at once; later arrivals queue
 * @param agentMix            relative weight of each agent name
 * @param patternMix          relative weight of each orchestration pattern
 * @param seed                seed of everything random: same seed, same executions (on a virtual clock)
 * @param balancing           how executions are spread across an agent's instances
 * @param duration            how long arrivals continue; null to run until stopped
 * @param arrivals            how many executions arrive at most; null for no limit. Whichever of duration and
 *                            arrivals runs out first ends the workload.
 */
public record Workload(double executionsPerMinute, int concurrency, Map<String, Integer> agentMix,
                       Map<PatternKind, Integer> patternMix, long seed, BalancingStrategy balancing, Duration duration,
                       Long arrivals) {

    public Workload {
        if (!(executionsPerMinute > 0) || executionsPerMinute > 1_000_000) {
            throw new IllegalArgumentException("executionsPerMinute must be in (0, 1000000], got " + executionsPerMinute);
        }
        if (concurrency < 1 || concurrency > 512) {
            throw new IllegalArgumentException("concurrency must be in [1, 512], got " + concurrency);
        }
        agentMix = Map.copyOf(agentMix);
        patternMix = Map.copyOf(patternMix);
        for (Map.Entry<String, Integer> a : agentMix.entrySet()) {
            AgentCatalog.get(a.getKey());
            if (a.getValue() < 0) {
                throw new IllegalArgumentException("weight of agent " + a.getKey() + " must be 0 or more, got " + a.getValue());
            }
        }
        patternMix.forEach((p, w) -> {
            if (w < 0) {
                throw new IllegalArgumentException("weight of pattern " + p.id() + " must be 0 or more, got " + w);
            }
        });
        for (PatternKind p : PatternKind.values()) {
            if (!patternMix.containsKey(p)) {
                continue;
            }
            boolean served = agentMix.entrySet().stream().anyMatch(e -> e.getValue() > 0
                    && AgentCatalog.get(e.getKey()).domain() == p.domain());
            if (patternMix.get(p) > 0 && !served) {
                throw new IllegalArgumentException("pattern " + p.id() + " needs an agent of domain " + p.domain()
                        + " with a weight above 0; the agent mix weighs only " + agentMix.entrySet().stream()
                        .filter(e -> e.getValue() > 0).map(Map.Entry::getKey).sorted().toList()
                        + ": give such an agent a weight or set the pattern's weight to 0");
            }
        }
        if (patternMix.values().stream().mapToInt(Integer::intValue).sum() <= 0) {
            throw new IllegalArgumentException("the pattern mix needs at least one positive weight");
        }
        if (duration != null && (duration.isNegative() || duration.isZero())) {
            throw new IllegalArgumentException("duration must be positive or null (until stopped), got " + duration);
        }
        if (arrivals != null && arrivals < 1) {
            throw new IllegalArgumentException("arrivals must be at least 1 or null (no limit), got " + arrivals);
        }
    }

    /** Without a limit on arrivals. */
    public Workload(double executionsPerMinute, int concurrency, Map<String, Integer> agentMix,
                    Map<PatternKind, Integer> patternMix, long seed, BalancingStrategy balancing, Duration duration) {
        this(executionsPerMinute, concurrency, agentMix, patternMix, seed, balancing, duration, null);
    }

    /** Every agent and pattern with equal weight, 60 executions per minute, 8 at once, round robin. */
    public static Workload defaults(long seed) {
        Map<String, Integer> agents = new LinkedHashMap<>();
        for (AgentSpec a : AgentCatalog.all()) {
            agents.put(a.name(), 1);
        }
        Map<PatternKind, Integer> patterns = new EnumMap<>(PatternKind.class);
        for (PatternKind p : PatternKind.values()) {
            patterns.put(p, 1);
        }
        return new Workload(60, 8, agents, patterns, seed, BalancingStrategy.ROUND_ROBIN, null);
    }

    public Workload withRate(double perMinute, int concurrency) {
        return new Workload(perMinute, concurrency, agentMix, patternMix, seed, balancing, duration, arrivals);
    }

    public Workload withDuration(Duration d) {
        return new Workload(executionsPerMinute, concurrency, agentMix, patternMix, seed, balancing, d, arrivals);
    }

    /** Ends the workload after {@code n} arrivals; null for no limit. */
    public Workload withArrivals(Long n) {
        return new Workload(executionsPerMinute, concurrency, agentMix, patternMix, seed, balancing, duration, n);
    }

    public Workload withAgents(Map<String, Integer> mix) {
        return new Workload(executionsPerMinute, concurrency, mix, patternMix, seed, balancing, duration, arrivals);
    }

    public Workload withPatterns(Map<PatternKind, Integer> mix) {
        return new Workload(executionsPerMinute, concurrency, agentMix, mix, seed, balancing, duration, arrivals);
    }

    public Workload withBalancing(BalancingStrategy b) {
        return new Workload(executionsPerMinute, concurrency, agentMix, patternMix, seed, b, duration, arrivals);
    }
}
