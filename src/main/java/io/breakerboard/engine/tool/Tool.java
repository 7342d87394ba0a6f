package io.breakerboard.engine.tool;

import io.breakerboard.engine.reliability.Attempt;
import io.breakerboard.engine.sim.Task;
import io.breakerboard.engine.tool.internal.ToolCall;
import java.util.random.RandomGenerator;

/** A tool an agent can call. One attempt, returned with its latency instead of taking that long. */
public interface Tool {

    ToolSpec spec();

    /**
     * One attempt at the call.
     *
     * @param call   the validated call
     * @param task   the task being worked on; simulated tools answer from its hidden facts
     * @param random this attempt's random source
     */
    Attempt<ToolOutput> attempt(ToolCall call, Task task, RandomGenerator random);
}
