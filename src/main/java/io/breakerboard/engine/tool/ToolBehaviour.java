package io.breakerboard.engine.tool;

import io.breakerboard.engine.sim.Task;
import java.util.random.RandomGenerator;

/** What a simulated tool answers when it works. */
@FunctionalInterface
public interface ToolBehaviour {
    ToolOutput answer(ToolCall call, Task task, RandomGenerator random);
}
