package io.breakerboard.engine.balance;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * One running copy of an agent. Unhealthy when marked down by hand or after consecutive failed executions
 * (a passive health check); a success makes it healthy again.
 */
public final class AgentInstance {
    /** Consecutive failed executions that take an instance out of rotation. */
    public static final int FAILURES_TO_UNHEALTHY = 5;

    private final String id;
    private final String agent;
    private final int weight;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger consecutiveFailures = new AtomicInteger();
    private volatile boolean markedDown;

    public AgentInstance(String agent, int index, int weight) {
        if (weight < 1) {
            throw new IllegalArgumentException("weight of " + agent + "#" + index + " must be at least 1, got " + weight);
        }
        this.id = agent + "#" + index;
        this.agent = agent;
        this.weight = weight;
    }

    public String id() {
        return id;
    }

    public String agent() {
        return agent;
    }

    public int weight() {
        return weight;
    }

    public int inFlight() {
        return inFlight.get();
    }

    public boolean healthy() {
        return !markedDown && consecutiveFailures.get() < FAILURES_TO_UNHEALTHY;
    }

    public void markDown(boolean down) {
        this.markedDown = down;
    }

    /** An execution starts on this instance. */
    public void acquire() {
        inFlight.incrementAndGet();
    }

    /** An execution on this instance ended. */
    public void release(boolean succeeded) {
        inFlight.decrementAndGet();
        if (succeeded) {
            consecutiveFailures.set(0);
        } else {
            consecutiveFailures.incrementAndGet();
        }
    }
}
