package io.breakerboard.engine;

import io.breakerboard.engine.reliability.Attempt;
import io.breakerboard.engine.sim.Task;
import io.breakerboard.engine.tool.Tool;
import io.breakerboard.engine.tool.ToolOutput;
import io.breakerboard.engine.tool.ToolSpec;
import io.breakerboard.engine.tool.internal.ToolCall;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;

/** Wraps a tool and counts the attempts that reached it. */
public final class CountingTool implements Tool {
    private final Tool delegate;
    private final AtomicInteger attempts = new AtomicInteger();

    public CountingTool(Tool delegate) {
        this.delegate = delegate;
    }

    public int attempts() {
        return attempts.get();
    }

    @Override
    public ToolSpec spec() {
        return delegate.spec();
    }

    @Override
    public Attempt<ToolOutput> attempt(ToolCall call, Task task, RandomGenerator random) {
        attempts.incrementAndGet();
        return delegate.attempt(call, task, random);
    }
}
