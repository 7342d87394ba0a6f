package io.breakerboard.engine;

import io.breakerboard.engine.agent.AgentCatalog;
import io.breakerboard.engine.agent.AgentSpec;
import io.breakerboard.engine.agent.EngineRuntime;
import io.breakerboard.engine.agent.ExecutionSpec;
import io.breakerboard.engine.orchestration.PatternKind;
import io.breakerboard.engine.sim.TaskCatalog;
import io.breakerboard.engine.sim.VirtualClock;
import io.breakerboard.engine.workload.ExecutionRunner;
import io.breakerboard.model.Execution;
import java.time.Instant;

/** Builds engine parts on a virtual clock for tests. */
public final class EngineFixtures {
    public static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    private EngineFixtures() {
    }

    public static VirtualClock clock() {
        return new VirtualClock(T0);
    }

    public static EngineBuilder builder(VirtualClock clock) {
        return Engine.builder(clock, new ListSink(), new TestRedactor());
    }

    public static ExecutionSpec spec(String agent, PatternKind pattern, long seed) {
        return spec(AgentCatalog.get(agent), pattern, seed);
    }

    public static ExecutionSpec spec(AgentSpec agent, PatternKind pattern, long seed) {
        return new ExecutionSpec("exec-" + pattern.id() + "-" + seed, agent, agent.name() + "#1", pattern.id(),
                TaskCatalog.generate(pattern.domain(), seed * 31 + 7), seed, "u-1001", "sess-" + pattern.id() + "-" + seed);
    }

    public static Execution run(EngineRuntime rt, ExecutionSpec spec) {
        return new ExecutionRunner(rt).run(spec);
    }
}
