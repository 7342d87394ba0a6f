package io.breakerboard.engine.workload;

import io.breakerboard.engine.workload.internal.LeastLoadedBalancer;
import io.breakerboard.engine.workload.internal.LoadBalancer;
import io.breakerboard.engine.workload.internal.RandomBalancer;
import io.breakerboard.engine.workload.internal.RoundRobinBalancer;
import io.breakerboard.engine.workload.internal.WeightedBalancer;
import java.util.Locale;

/** The load-balancing strategies a workload can choose. */
public enum BalancingStrategy {
    ROUND_ROBIN,
    LEAST_LOADED,
    WEIGHTED,
    RANDOM;

    public LoadBalancer create() {
        return switch (this) {
            case ROUND_ROBIN -> new RoundRobinBalancer();
            case LEAST_LOADED -> new LeastLoadedBalancer();
            case WEIGHTED -> new WeightedBalancer();
            case RANDOM -> new RandomBalancer();
        };
    }

    /** Lower-case id with dashes, as written on the command line and stored: {@code least-loaded}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** @throws IllegalArgumentException naming the value and the known ids */
    public static BalancingStrategy parse(String id) {
        for (BalancingStrategy s : values()) {
            if (s.id().equalsIgnoreCase(id.trim()) || s.name().equalsIgnoreCase(id.trim())) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown balancer strategy '" + id + "'; known: round-robin, least-loaded, "
                + "weighted, random");
    }
}
