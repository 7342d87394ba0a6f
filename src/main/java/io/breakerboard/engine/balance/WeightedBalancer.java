package io.breakerboard.engine.balance;

import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/** Draws a healthy instance with probability proportional to its weight. */
public final class WeightedBalancer implements LoadBalancer {

    @Override
    public Optional<AgentInstance> pick(List<AgentInstance> instances, RandomGenerator random) {
        int total = 0;
        for (AgentInstance a : instances) {
            if (a.healthy()) {
                total += a.weight();
            }
        }
        if (total == 0) {
            return Optional.empty();
        }
        int r = random.nextInt(total);
        for (AgentInstance a : instances) {
            if (a.healthy()) {
                r -= a.weight();
                if (r < 0) {
                    return Optional.of(a);
                }
            }
        }
        throw new IllegalStateException("weights changed while drawing");
    }
}
