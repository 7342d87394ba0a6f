package io.breakerboard.engine.workload.internal;

import io.breakerboard.engine.Workload;
import io.breakerboard.engine.agent.AgentCatalog;
import io.breakerboard.engine.agent.AgentSpec;
import io.breakerboard.engine.orchestration.PatternKind;
import io.breakerboard.engine.sim.Seeds;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The arrivals of a workload, drawn one after another from its seed: exponential gaps at the configured rate, a
 * pattern by weight, then an agent of the pattern's domain by weight. Thread-safe; the sequence does not depend
 * on which worker asks.
 */
public final class ArrivalSchedule {
    private final Workload workload;
    private final Instant start;
    private final Instant end;
    private final SplittableRandom random;
    private final List<PatternKind> patterns = new ArrayList<>();
    private final List<Integer> patternWeights = new ArrayList<>();
    private long next;
    private Instant at;

    public ArrivalSchedule(Workload workload, Instant start) {
        this.workload = workload;
        this.start = start;
        this.end = workload.duration() == null ? null : start.plus(workload.duration());
        this.random = new SplittableRandom(Seeds.mix(workload.seed(), "arrivals"));
        this.at = start;
        for (PatternKind p : PatternKind.values()) {
            int w = workload.patternMix().getOrDefault(p, 0);
            if (w > 0) {
                patterns.add(p);
                patternWeights.add(w);
            }
        }
    }

    public Instant start() {
        return start;
    }

    /** The next arrival, or null when the workload's duration or its number of arrivals is used up. */
    public synchronized Arrival next() {
        if (workload.arrivals() != null && next >= workload.arrivals()) {
            return null;
        }
        double gapSeconds = -Math.log(1 - random.nextDouble()) * 60.0 / workload.executionsPerMinute();
        at = at.plus(Duration.ofNanos(Math.round(gapSeconds * 1e9)));
        if (end != null && at.isAfter(end)) {
            return null;
        }
        PatternKind pattern = patterns.get(pick(patternWeights));
        List<AgentSpec> agents = new ArrayList<>();
        List<Integer> weights = new ArrayList<>();
        for (Map.Entry<String, Integer> e : workload.agentMix().entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
            AgentSpec a = AgentCatalog.get(e.getKey());
            if (e.getValue() > 0 && a.domain() == pattern.domain()) {
                agents.add(a);
                weights.add(e.getValue());
            }
        }
        AgentSpec agent = agents.get(pick(weights));
        long n = next++;
        return new Arrival(n, at, agent, pattern, random.nextLong(), Seeds.mix(workload.seed(), n),
                "u-" + (1000 + random.nextInt(60)));
    }

    private int pick(List<Integer> weights) {
        int total = weights.stream().mapToInt(Integer::intValue).sum();
        int r = random.nextInt(total);
        for (int i = 0; i < weights.size(); i++) {
            r -= weights.get(i);
            if (r < 0) {
                return i;
            }
        }
        return weights.size() - 1;
    }
}
