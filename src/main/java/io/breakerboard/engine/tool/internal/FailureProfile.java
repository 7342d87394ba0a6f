package io.breakerboard.engine.tool.internal;

/**
 * How often a simulated tool fails, per attempt.
 *
 * @param serverErrorRate share of 5xx / connection failures (transient)
 * @param hangRate        share of attempts that never answer (end at the time limit)
 * @param toolFailureRate share of permanent errors such as "not found" (not retried)
 */
public record FailureProfile(double serverErrorRate, double hangRate, double toolFailureRate) {

    public FailureProfile {
        if (serverErrorRate < 0 || hangRate < 0 || toolFailureRate < 0 || serverErrorRate + hangRate + toolFailureRate > 1) {
            throw new IllegalArgumentException("failure rates must be non-negative and add up to at most 1, got "
                    + serverErrorRate + ", " + hangRate + ", " + toolFailureRate);
        }
    }
}
