package io.breakerboard.engine.workload.internal;

import io.breakerboard.engine.sim.EngineClock;
import io.breakerboard.engine.workload.InstanceLoad;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One running copy of an agent. Unhealthy when marked down by hand, or for a cool-down after consecutive
 * executions that failed for reasons of infrastructure (a model or tool unavailable: a passive health check);
 * after the cool-down it gets executions again, and one healthy execution clears it. Business-level outcomes (a
 * partial answer, a refused call, a wrong decision) say nothing about the instance and never count. It takes
 * executions up to its capacity.
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
    private final java.util.concurrent.atomic.AtomicLong placed = new java.util.concurrent.atomic.AtomicLong();
    private volatile int capacity = Integer.MAX_VALUE;
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

    /** Executions it may run at once. */
    public int capacity() {
        return capacity;
    }

    public void capacity(int c) {
        if (c < 1) {
            throw new IllegalArgumentException("capacity of " + id + " must be at least 1, got " + c);
        }
        this.capacity = c;
    }

    /** Healthy and below its capacity: it can take one more execution. */
    public boolean available() {
        return healthy() && inFlight.get() < capacity;
    }

    public InstanceLoad load() {
        return new InstanceLoad(id, agent, inFlight.get(), capacity, healthy(), placed.get());
    }

    public void markDown(boolean down) {
        this.markedDown = down;
    }

    /** An execution starts on this instance. */
    public void acquire() {
        inFlight.incrementAndGet();
        placed.incrementAndGet();
    }

    /**
     * An execution on this instance ended.
     *
     * @param healthy false only when it failed for reasons of infrastructure ({@link #infrastructureFailure})
     */
    public void release(boolean healthy) {
        inFlight.decrementAndGet();
        if (healthy) {
            consecutiveFailures.set(0);
        } else if (consecutiveFailures.incrementAndGet() >= FAILURES_TO_UNHEALTHY) {
            consecutiveFailures.set(0);
            outUntilNanos = clock.nanos() + COOL_DOWN.toNanos();
        }
    }

    /** Whether an execution's end speaks against the instance: it failed because a model or tool was unavailable. */
    public static boolean infrastructureFailure(io.breakerboard.model.Outcome outcome, io.breakerboard.model.ErrorKind kind) {
        if (outcome != io.breakerboard.model.Outcome.FAILURE || kind == null) {
            return false;
        }
        return switch (kind) {
            case TIMEOUT, RATE_LIMIT, MODEL_ERROR, CIRCUIT_OPEN, TOOL_ERROR -> true;
            default -> false;
        };
    }
}
