package io.breakerboard.engine.tool.internal;

import io.breakerboard.engine.sim.Task;
import io.breakerboard.engine.tool.ToolOutput;
import java.util.random.RandomGenerator;

/** What a simulated tool answers when it works. */
@FunctionalInterface
public interface ToolBehaviour {
    ToolOutput answer(ToolCall call, Task task, RandomGenerator random);
}
