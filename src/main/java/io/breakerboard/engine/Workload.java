package io.breakerboard.engine;

import io.breakerboard.engine.agent.AgentCatalog;
import io.breakerboard.engine.agent.AgentSpec;
import io.breakerboard.engine.balance.BalancingStrategy;
import io.breakerboard.engine.orchestration.PatternKind;
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
 */
public record Workload(double executionsPerMinute, int concurrency, Map<String, Integer> agentMix,
                       Map<PatternKind, Integer> patternMix, long seed, BalancingStrategy balancing, Duration duration) {

    public Workload {
        if (!(executionsPerMinute > 0) || executionsPerMinute > 1_000_000) {
            throw new IllegalArgumentException("executionsPerMinute must be in (0, 1000000], got " + executionsPerMinute);
        }
        if (concurrency < 1 || concurrency > 512) {
            throw new IllegalArgumentException("concurrency must be in [1, 512], got " + concurrency);
        }
        agentMix = Map.copyOf(agentMix);
        patternMix = Map.copyOf(patternMix);
        for (String a : agentMix.keySet()) {
            AgentCatalog.get(a);
        }
        for (PatternKind p : patternMix.keySet()) {
            boolean served = agentMix.entrySet().stream().anyMatch(e -> e.getValue() > 0
                    && AgentCatalog.get(e.getKey()).domain() == p.domain());
            if (patternMix.get(p) > 0 && !served) {
                throw new IllegalArgumentException("pattern " + p.id() + " needs an agent of domain " + p.domain()
                        + " in the agent mix, which has " + agentMix.keySet());
            }
        }
        if (patternMix.values().stream().mapToInt(Integer::intValue).sum() <= 0) {
            throw new IllegalArgumentException("the pattern mix needs at least one positive weight");
        }
        if (duration != null && (duration.isNegative() || duration.isZero())) {
            throw new IllegalArgumentException("duration must be positive or null (until stopped), got " + duration);
        }
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
        return new Workload(perMinute, concurrency, agentMix, patternMix, seed, balancing, duration);
    }

    public Workload withDuration(Duration d) {
        return new Workload(executionsPerMinute, concurrency, agentMix, patternMix, seed, balancing, d);
    }

    public Workload withPatterns(Map<PatternKind, Integer> mix) {
        return new Workload(executionsPerMinute, concurrency, agentMix, mix, seed, balancing, duration);
    }

    public Workload withBalancing(BalancingStrategy b) {
        return new Workload(executionsPerMinute, concurrency, agentMix, patternMix, seed, b, duration);
    }
}
