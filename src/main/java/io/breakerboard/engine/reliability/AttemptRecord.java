package io.breakerboard.engine.reliability;

import java.time.Duration;
import java.time.Instant;

/**
 * One attempt of a call, as it becomes a step.
 *
 * @param number  1-based attempt number
 * @param at      when the attempt started
 * @param latency how long it took (the time limit when it timed out; zero when refused before the call)
 * @param outcome how it ended
 * @param failure why it failed; null on success
 * @param usage   tokens and cost billed for it
 */
public record AttemptRecord(int number, Instant at, Duration latency, CallOutcome outcome, CallFailure failure,
                            Usage usage) {

    public boolean succeeded() {
        return outcome == CallOutcome.SUCCESS;
    }
}
