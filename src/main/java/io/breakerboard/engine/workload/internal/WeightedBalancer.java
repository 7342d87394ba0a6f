package io.breakerboard.engine.workload.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/** Draws an instance that can take an execution with probability proportional to its weight. */
public final class WeightedBalancer implements LoadBalancer {

    @Override
    public Optional<AgentInstance> pick(List<AgentInstance> instances, RandomGenerator random) {
        // One look at each instance: other workers change in-flight counts meanwhile.
        List<AgentInstance> open = new ArrayList<>(instances.size());
        int total = 0;
        for (AgentInstance a : instances) {
            if (a.available()) {
                open.add(a);
                total += a.weight();
            }
        }
        if (total == 0) {
            return Optional.empty();
        }
        int r = random.nextInt(total);
        for (AgentInstance a : open) {
            r -= a.weight();
            if (r < 0) {
                return Optional.of(a);
            }
        }
        return Optional.of(open.get(open.size() - 1));
    }
}
