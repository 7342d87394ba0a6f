package io.breakerboard.engine.balance;

/** The load-balancing strategies a workload can choose. */
public enum BalancingStrategy {
    ROUND_ROBIN,
    LEAST_LOADED,
    WEIGHTED;

    public LoadBalancer create() {
        return switch (this) {
            case ROUND_ROBIN -> new RoundRobinBalancer();
            case LEAST_LOADED -> new LeastLoadedBalancer();
            case WEIGHTED -> new WeightedBalancer();
        };
    }
}
