package io.breakerboard.engine.guard.internal;

import io.breakerboard.model.ErrorKind;
import io.breakerboard.model.Outcome;

/** Counts reason-act-observe iterations and stops the agent past its maximum. */
public final class IterationLimit {
    public static final String NAME = "max-iterations";

    private final int max;
    private int used;

    public IterationLimit(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("maxIterations must be at least 1, got " + max);
        }
        this.max = max;
    }

    /**
     * Starts the next iteration.
     *
     * @throws GuardStop MAX_ITERATIONS when the maximum is already used up
     */
    public void next(String agent) {
        if (used >= max) {
            throw new GuardStop(NAME, ErrorKind.MAX_ITERATIONS, Outcome.PARTIAL,
                    agent + " used all " + max + " iterations without a final answer");
        }
        used++;
    }

    /** Iterations allowed. */
    public int max() {
        return max;
    }

    public int used() {
        return used;
    }
}
