package io.breakerboard.engine.workload.internal;

import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/** The healthy instance with the fewest executions in flight; the first in order on a tie. */
public final class LeastLoadedBalancer implements LoadBalancer {

    @Override
    public Optional<AgentInstance> pick(List<AgentInstance> instances, RandomGenerator random) {
        AgentInstance best = null;
        for (AgentInstance a : instances) {
            if (a.available() && (best == null || a.inFlight() < best.inFlight())) {
                best = a;
            }
        }
        return Optional.ofNullable(best);
    }
}
