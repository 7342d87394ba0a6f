package io.breakerboard.engine.workload.internal;

import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/** Picks the instance an execution runs on, skipping unhealthy and full ones. */
public interface LoadBalancer {

    /**
     * @param instances the candidates, in a fixed order
     * @param random    a random source for strategies that draw (deterministic per execution)
     * @return empty when no instance is healthy
     */
    Optional<AgentInstance> pick(List<AgentInstance> instances, RandomGenerator random);
}
