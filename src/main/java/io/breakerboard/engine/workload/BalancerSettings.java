package io.breakerboard.engine.workload;

/**
 * How executions are spread over an agent's instances, and how much each takes.
 *
 * @param strategy         which instance gets the next execution
 * @param instanceCapacity executions one instance runs at once; an arrival that finds every instance full (or
 *                         unhealthy) waits in the queue
 * @param queueCapacity    arrivals that may wait for an instance; one more is turned away and counted
 */
public record BalancerSettings(BalancingStrategy strategy, int instanceCapacity, int queueCapacity) {
    public static final int MAX_CAPACITY = 512;
    public static final int MAX_QUEUE = 100_000;

    public BalancerSettings {
        if (strategy == null) {
            throw new IllegalArgumentException("balancer strategy is required; known: "
                    + java.util.Arrays.toString(BalancingStrategy.values()));
        }
        if (instanceCapacity < 1 || instanceCapacity > MAX_CAPACITY) {
            throw new IllegalArgumentException("instance capacity must be in [1, " + MAX_CAPACITY + "], got " + instanceCapacity);
        }
        if (queueCapacity < 0 || queueCapacity > MAX_QUEUE) {
            throw new IllegalArgumentException("queue capacity must be in [0, " + MAX_QUEUE + "], got " + queueCapacity);
        }
    }

    /** Round robin, 16 executions per instance, 1,000 waiting arrivals. */
    public static BalancerSettings defaults() {
        return new BalancerSettings(BalancingStrategy.ROUND_ROBIN, 16, 1_000);
    }

    public BalancerSettings withStrategy(BalancingStrategy s) {
        return new BalancerSettings(s, instanceCapacity, queueCapacity);
    }

    public BalancerSettings withInstanceCapacity(int c) {
        return new BalancerSettings(strategy, c, queueCapacity);
    }

    public BalancerSettings withQueueCapacity(int q) {
        return new BalancerSettings(strategy, instanceCapacity, q);
    }
}
