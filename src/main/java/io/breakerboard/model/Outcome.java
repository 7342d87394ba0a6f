package io.breakerboard.model;

/** How an execution ended. Anything but {@link #SUCCESS} counts as a failure in rates. */
public enum Outcome {
    SUCCESS,
    FAILURE,
    /** Stopped early with a partial answer: max iterations, budget or guardrail stop. */
    PARTIAL;

    public boolean isSuccess() {
        return this == SUCCESS;
    }
}
