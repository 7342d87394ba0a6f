package io.breakerboard.ui.trace;

import io.breakerboard.model.Step;
import java.time.Duration;

/**
 * What the agent had at one step of the replay, as far as the log tells.
 *
 * @param index            the step's position, from 0
 * @param total            steps in the execution
 * @param task             what the agent was asked, or null when the log does not say
 * @param memory           the output of the latest memory recall at or before this step, or null
 * @param tokensSoFar      prompt and completion tokens up to and including this step
 * @param costSoFarMicros  cost up to and including this step
 * @param offset           from the execution's start to this step
 */
public record ReplayFrame(int index, int total, Step step, String task, String memory, long tokensSoFar,
                          long costSoFarMicros, Duration offset) {
}
