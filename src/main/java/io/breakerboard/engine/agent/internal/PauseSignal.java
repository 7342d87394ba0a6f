package io.breakerboard.engine.agent.internal;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Asks every running execution to stop at its next call boundary, before a new model or tool call, so its
 * checkpoint holds no call in flight. Set when the engine closes; thread-safe.
 */
public final class PauseSignal {
    private volatile boolean requested;
    private final AtomicInteger paused = new AtomicInteger();

    public void request() {
        requested = true;
    }

    public boolean requested() {
        return requested;
    }

    /** Executions that stopped at a call boundary since the engine started. */
    public int paused() {
        return paused.get();
    }

    void check(String executionKey) {
        if (requested) {
            paused.incrementAndGet();
            throw new ExecutionPaused(executionKey);
        }
    }
}
