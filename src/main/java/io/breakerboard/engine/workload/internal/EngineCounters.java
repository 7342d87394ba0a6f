package io.breakerboard.engine.workload.internal;

import io.breakerboard.engine.EngineStats;
import io.breakerboard.engine.sim.EngineClock;
import io.breakerboard.engine.workload.ExecutionRunner;
import io.breakerboard.engine.workload.InstanceLoad;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Step;
import io.breakerboard.model.StepKind;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** Live counters of executions; thread-safe. */
public final class EngineCounters {
    private static final long MINUTE_NANOS = 60_000_000_000L;

    private final EngineClock clock;
    private final Deque<Long> recent = new ArrayDeque<>();
    private int inFlight;
    private long started;
    private long completed;
    private long succeeded;
    private long partial;
    private long failed;
    private long toolCalls;
    private int queued;
    private long turnedAway;
    private long investigations;
    private long hinted;
    private long relevant;
    private long iterationsRelevant;
    private long unhinted;
    private long iterationsUnhinted;

    public EngineCounters(EngineClock clock) {
        this.clock = clock;
    }

    public synchronized void started() {
        started++;
        inFlight++;
    }

    /**
     * An arrival found no instance with room and asks to wait.
     *
     * @return false when {@code capacity} arrivals already wait: it is turned away (and counted)
     */
    public synchronized boolean enqueue(int capacity) {
        if (queued >= capacity) {
            turnedAway++;
            return false;
        }
        queued++;
        return true;
    }

    /** A waiting arrival got an instance ({@code placed}) or gave up because the workload stopped. */
    public synchronized void dequeue(boolean placed) {
        queued--;
        if (!placed) {
            turnedAway++;
        }
    }

    /** An execution ended without a result (crash, cancellation or a pause). */
    public synchronized void abandoned() {
        inFlight--;
        notifyAll();
    }

    /** Waits at most {@code millis} of real time for a running execution to end; returns how many still run. */
    public synchronized int awaitFewerRunning(long millis) throws InterruptedException {
        if (inFlight > 0) {
            wait(millis);
        }
        return inFlight;
    }

    public synchronized void finished(Execution e) {
        inFlight--;
        notifyAll();
        completed++;
        switch (e.outcome()) {
            case SUCCESS -> succeeded++;
            case PARTIAL -> partial++;
            case FAILURE -> failed++;
        }
        for (Step s : e.steps()) {
            if (s.kind() == StepKind.TOOL_CALL) {
                toolCalls++;
            }
        }
        Step last = e.steps().isEmpty() ? null : e.steps().get(e.steps().size() - 1);
        String recall = last == null ? null : last.attributes().get(ExecutionRunner.RECALL_ATTRIBUTE);
        if (recall != null) {
            investigations++;
            switch (recall) {
                case ExecutionRunner.RECALL_RELEVANT -> {
                    hinted++;
                    relevant++;
                    iterationsRelevant += e.iterations();
                }
                case ExecutionRunner.RECALL_MISLEADING -> hinted++;
                default -> {
                    unhinted++;
                    iterationsUnhinted += e.iterations();
                }
            }
        }
        long now = clock.nanos();
        recent.addLast(now);
        prune(now);
    }

    /** The counters now, with the instances' load. */
    public synchronized EngineStats snapshot(boolean running, List<InstanceLoad> instances) {
        prune(clock.nanos());
        return new EngineStats(running, clock.now(), inFlight, started, completed, succeeded, partial, failed,
                recent.size(), toolCalls, queued, turnedAway, new EngineStats.MemoryBenefit(investigations, hinted,
                relevant, relevant == 0 ? Double.NaN : (double) iterationsRelevant / relevant,
                unhinted == 0 ? Double.NaN : (double) iterationsUnhinted / unhinted), instances);
    }

    private void prune(long now) {
        while (!recent.isEmpty() && now - recent.peekFirst() > MINUTE_NANOS) {
            recent.removeFirst();
        }
    }
}
