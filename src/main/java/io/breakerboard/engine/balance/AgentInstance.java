package io.breakerboard.engine.balance;

import io.breakerboard.engine.time.EngineClock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One running copy of an agent. Unhealthy when marked down by hand, or for a cool-down after consecutive failed
 * executions (a passive health check); after the cool-down it gets executions again, and one success clears it.
 */
public final class AgentInstance {
    /** Consecutive failed executions that take an instance out of rotation. */
    public static final int FAILURES_TO_UNHEALTHY = 5;
    /** How long an instance stays out of rotation after that. */
    public static final Duration COOL_DOWN = Duration.ofSeconds(30);

    private final String id;
    private final String agent;
    private final int weight;
    private final EngineClock clock;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger consecutiveFailures = new AtomicInteger();
    private volatile long outUntilNanos = Long.MIN_VALUE;
    private volatile boolean markedDown;

    public AgentInstance(String agent, int index, int weight, EngineClock clock) {
        if (weight < 1) {
            throw new IllegalArgumentException("weight of " + agent + "#" + index + " must be at least 1, got " + weight);
        }
        this.id = agent + "#" + index;
        this.agent = agent;
        this.weight = weight;
        this.clock = clock;
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
        return !markedDown && clock.nanos() >= outUntilNanos;
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
        } else if (consecutiveFailures.incrementAndGet() >= FAILURES_TO_UNHEALTHY) {
            consecutiveFailures.set(0);
            outUntilNanos = clock.nanos() + COOL_DOWN.toNanos();
        }
    }
}
