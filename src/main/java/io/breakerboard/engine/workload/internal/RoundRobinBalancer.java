package io.breakerboard.engine.workload.internal;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.random.RandomGenerator;

/** Takes the instances in turn, passing over unhealthy ones. */
public final class RoundRobinBalancer implements LoadBalancer {
    private final AtomicLong next = new AtomicLong();

    @Override
    public Optional<AgentInstance> pick(List<AgentInstance> instances, RandomGenerator random) {
        int n = instances.size();
        long start = next.getAndIncrement();
        for (int i = 0; i < n; i++) {
            AgentInstance a = instances.get((int) ((start + i) % n));
            if (a.available()) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
