package io.breakerboard.lab;

import io.breakerboard.engine.agent.AgentCatalog;
import io.breakerboard.engine.agent.AgentSpec;
import io.breakerboard.engine.agent.EngineRuntime;
import io.breakerboard.engine.agent.ExecutionSpec;
import io.breakerboard.engine.orchestration.PatternKind;
import io.breakerboard.engine.sim.Seeds;
import io.breakerboard.engine.workload.ExecutionRunner;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

/**
 * Runs one invoice suite through each chosen orchestration pattern and compares the patterns on success against
 * the known answers, cost, latency, tokens, tool calls, retries and failure kinds. Each pattern runs on its own
 * fresh engine runtime on a virtual clock, one task after another, every task with the same execution seed under
 * every pattern: the patterns differ only in how they arrange the calls.
 */
public final class PatternBenchmark {
    private final Clock wall;

    /** @param wall stamps the run's creation time */
    public PatternBenchmark(Clock wall) {
        this.wall = wall;
    }

    /**
     * Runs the benchmark on the calling thread.
     *
     * @param done      told the number of finished executions after each one
     * @param cancelled polled between executions
     * @throws CancellationException when cancelled
     */
    public LabRun run(BenchmarkSettings s, IntConsumer done, BooleanSupplier cancelled) {
        List<InvoiceSuite.SuiteTask> suite = InvoiceSuite.generate(s.seed(), s.tasks());
        List<LabValue> values = new ArrayList<>();
        int finished = 0;
        for (PatternKind p : s.patterns()) {
            List<TaskResult> results = new ArrayList<>(suite.size());
            ExecutionRunner runner = new ExecutionRunner(runtime(s));
            for (InvoiceSuite.SuiteTask t : suite) {
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException("pattern benchmark cancelled");
                }
                results.add(TaskResult.judge(p.id(), t, runner.run(spec(s, p, t))));
                done.accept(++finished);
            }
            values.addAll(ResultSummary.of(p.id(), results));
        }
        return new LabRun(UUID.randomUUID().toString(), LabKind.PATTERNS, s.seed(),
                "Pattern benchmark: " + s.patterns().size() + " patterns × " + s.tasks() + " invoice tasks",
                s.describe(), wall.instant(), values);
    }

    private static EngineRuntime runtime(BenchmarkSettings s) {
        return LabEngine.builder().reliability(s.reliability()).runtime();
    }

    static AgentSpec agent(String name, String model) {
        AgentSpec a = AgentCatalog.get(name);
        return model == null ? a : new AgentSpec(a.name(), a.domain(), a.role(), model, a.tools(), a.maxIterations(),
                a.instances(), a.carefulness());
    }

    private static ExecutionSpec spec(BenchmarkSettings s, PatternKind p, InvoiceSuite.SuiteTask t) {
        long seed = Seeds.mix(s.seed(), "execution-" + t.index());
        return new ExecutionSpec("lab-" + p.id() + "-" + t.index(), agent(s.agent(), s.model()), s.agent() + "-1",
                p.id(), t.task(), seed, "u-lab", "sess-lab-" + p.id() + "-" + t.index());
    }
}
