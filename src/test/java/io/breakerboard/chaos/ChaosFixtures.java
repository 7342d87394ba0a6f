package io.breakerboard.chaos;

import io.breakerboard.engine.Engine;
import io.breakerboard.engine.EngineFixtures;
import io.breakerboard.engine.ListSink;
import io.breakerboard.engine.TestRedactor;
import io.breakerboard.engine.orchestration.PatternKind;
import io.breakerboard.engine.sim.VirtualClock;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Step;
import io.breakerboard.model.StepKind;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** An engine on virtual time with a fault injector installed. */
final class ChaosFixtures implements AutoCloseable {
    final VirtualClock clock = EngineFixtures.clock();
    final ListSink sink = new ListSink();
    final Engine engine = Engine.builder(clock, sink, new TestRedactor()).build();
    final FaultInjector injector = new FaultInjector(clock, ChaosCatalog.standard());

    ChaosFixtures() {
        engine.interceptor(injector);
    }

    Execution run(String agent, PatternKind pattern, long seed) {
        try {
            return engine.runOnce(agent, pattern, seed).get(1, TimeUnit.MINUTES);
        } catch (Exception e) {
            throw new AssertionError("engine run failed", e);
        }
    }

    /** Attempts (model or tool call steps) whose failure message carries the tag of an injected fault. */
    static List<Step> injected(Execution e, String faultId) {
        String tag = "[chaos " + faultId + "]";
        return e.steps().stream().filter(s -> CALL_STEPS.contains(s.kind()) && s.output() != null && s.output().contains(tag))
                .toList();
    }

    private static final java.util.Set<StepKind> CALL_STEPS = java.util.EnumSet.of(StepKind.LLM_CALL, StepKind.API_ERROR,
            StepKind.TOOL_ERROR);

    @Override
    public void close() {
        engine.close();
    }
}
