package io.breakerboard.engine.tool.internal;

import io.breakerboard.engine.reliability.Attempt;
import io.breakerboard.engine.reliability.CallFailure;
import io.breakerboard.engine.reliability.FailureType;
import io.breakerboard.engine.reliability.Usage;
import io.breakerboard.engine.sim.Task;
import io.breakerboard.engine.tool.Tool;
import io.breakerboard.engine.tool.ToolOutput;
import io.breakerboard.engine.tool.ToolSpec;
import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * A tool without a backend: latency from its distribution, failures at its rates, answers from the task's facts.
 * An answered attempt is billed the tool's price; a failed one costs nothing.
 */
public final class SimulatedTool implements Tool {
    private static final Duration HANG = Duration.ofMinutes(5);

    private final ToolSpec spec;
    private final ToolBehaviour behaviour;
    private final Usage answered;

    public SimulatedTool(ToolSpec spec, ToolBehaviour behaviour) {
        this.spec = spec;
        this.behaviour = behaviour;
        this.answered = new Usage(0, 0, spec.price().perCallMicros());
    }

    @Override
    public ToolSpec spec() {
        return spec;
    }

    @Override
    public Attempt<ToolOutput> attempt(ToolCall call, Task task, RandomGenerator random) {
        Duration latency = spec.latency().sample(random);
        FailureProfile f = spec.failures();
        double roll = random.nextDouble();
        if ((roll -= f.serverErrorRate()) < 0) {
            return Attempt.failed(new CallFailure(FailureType.SERVER_ERROR,
                    spec.name() + ": 503 Service Unavailable from backend"), latency);
        }
        if ((roll -= f.hangRate()) < 0) {
            return Attempt.failed(new CallFailure(FailureType.TIMEOUT, spec.name() + " did not answer"), HANG);
        }
        if ((roll -= f.toolFailureRate()) < 0) {
            return Attempt.failed(new CallFailure(FailureType.TOOL_FAILURE,
                    spec.name() + ": backend rejected the request (404 not found for " + call.argsJson() + ")"), latency);
        }
        return Attempt.ok(behaviour.answer(call, task, random), latency, answered);
    }
}
