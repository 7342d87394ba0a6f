package io.breakerboard.engine.workload;

import io.breakerboard.engine.EngineStats;
import io.breakerboard.engine.time.EngineClock;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Step;
import io.breakerboard.model.StepKind;
import java.util.ArrayDeque;
import java.util.Deque;

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
    private long unplaced;

    public EngineCounters(EngineClock clock) {
        this.clock = clock;
    }

    public synchronized void started() {
        started++;
        inFlight++;
    }

    public synchronized void unplaced() {
        unplaced++;
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
        long now = clock.nanos();
        recent.addLast(now);
        prune(now);
    }

    public synchronized EngineStats snapshot(boolean running) {
        prune(clock.nanos());
        return new EngineStats(running, clock.now(), inFlight, started, completed, succeeded, partial, failed,
                recent.size(), toolCalls, unplaced);
    }

    private void prune(long now) {
        while (!recent.isEmpty() && now - recent.peekFirst() > MINUTE_NANOS) {
            recent.removeFirst();
        }
    }
}
