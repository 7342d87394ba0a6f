package io.breakerboard.engine.workload.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/** Draws one of the instances that can take an execution, each as likely as the others. */
public final class RandomBalancer implements LoadBalancer {

    @Override
    public Optional<AgentInstance> pick(List<AgentInstance> instances, RandomGenerator random) {
        List<AgentInstance> open = new ArrayList<>(instances.size());
        for (AgentInstance a : instances) {
            if (a.available()) {
                open.add(a);
            }
        }
        return open.isEmpty() ? Optional.empty() : Optional.of(open.get(random.nextInt(open.size())));
    }
}
