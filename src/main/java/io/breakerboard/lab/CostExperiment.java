package io.breakerboard.lab;

import io.breakerboard.engine.EngineBuilder;
import io.breakerboard.engine.agent.EngineRuntime;
import io.breakerboard.engine.agent.ExecutionSpec;
import io.breakerboard.engine.orchestration.PatternKind;
import io.breakerboard.engine.sim.Seeds;
import io.breakerboard.engine.workload.ExecutionRunner;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Outcome;
import io.breakerboard.model.StepKind;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

/**
 * Cost before / after: the same seeded workload (the invoice suite, its tasks spread over the five patterns in
 * turn) runs once as it is and once with the chosen optimisations, each arm on a fresh runtime on a virtual
 * clock. The table shows Before, After and the Change for cost per execution and its two parts (model calls, and
 * the fees of the priced tools: a cheaper model cuts only the first, the cache only the second), quality (answers
 * right against the truth), duration, success, tool calls made and the projected monthly cost at the given rate.
 */
public final class CostExperiment {
    /** The baseline without the cache: a fresh result lives one nanosecond, so only stale fallbacks remain. */
    static final Duration NO_CACHE = Duration.ofNanos(1);
    static final Duration CACHE = Duration.ofMinutes(2);

    private final Clock wall;

    public CostExperiment(Clock wall) {
        this.wall = wall;
    }

    /**
     * @param tasks         workload size
     * @param seed          seed of the tasks and executions
     * @param agent         the finance agent
     * @param change        what the After arm changes
     * @param perDay        executions a day, for the monthly projection (30 days)
     */
    public record Settings(int tasks, long seed, String agent, CostChange change, long perDay) {
        public Settings {
            if (tasks < 1 || tasks > InvoiceSuite.MAX) {
                throw new IllegalArgumentException("tasks must be in 1.." + InvoiceSuite.MAX + ", got " + tasks);
            }
            if (perDay < 1) {
                throw new IllegalArgumentException("executions per day must be at least 1, got " + perDay);
            }
            new BenchmarkSettings(tasks, seed, agent, change.model(), io.breakerboard.engine.reliability
                    .ReliabilitySettings.defaults(), List.of(PatternKind.values()));
        }

        String describe() {
            return tasks + " invoice tasks over the five patterns, seed " + seed + ", agent " + agent
                    + "; before: the agent's own model, cache off; after: " + change.describe()
                    + "; projection at " + perDay + " executions a day, 30 days";
        }
    }

    public LabRun run(Settings s, IntConsumer done, BooleanSupplier cancelled) {
        List<InvoiceSuite.SuiteTask> suite = InvoiceSuite.generate(s.seed(), s.tasks());
        int[] finished = {0};
        IntConsumer counted = n -> done.accept(++finished[0]);
        List<TaskResult> before = arm("Before", s, null, false, suite, counted, cancelled);
        boolean cacheAfter = s.change().cache() != null && s.change().cache();
        List<TaskResult> after = arm("After", s, s.change().model(), cacheAfter, suite, counted, cancelled);
        List<LabValue> values = new ArrayList<>();
        List<LabValue> b = summary("Before", before, s.perDay());
        List<LabValue> a = summary("After", after, s.perDay());
        values.addAll(b);
        values.addAll(a);
        for (int i = 0; i < b.size(); i++) {
            values.add(new LabValue("Change", b.get(i).metric(),
                    Interval.exact(a.get(i).value().value() - b.get(i).value().value())));
        }
        return new LabRun(UUID.randomUUID().toString(), LabKind.COST, s.seed(),
                "Cost before / after: " + s.change().describe() + " on " + s.tasks() + " executions", s.describe(),
                wall.instant(), values);
    }

    private static List<TaskResult> arm(String row, Settings s, String model, boolean cache,
                                        List<InvoiceSuite.SuiteTask> suite, IntConsumer done, BooleanSupplier cancelled) {
        EngineBuilder builder = LabEngine.builder().cacheTtl(cache ? CACHE : NO_CACHE);
        EngineRuntime rt = builder.runtime();
        ExecutionRunner runner = new ExecutionRunner(rt);
        PatternKind[] patterns = PatternKind.values();
        List<TaskResult> results = new ArrayList<>(suite.size());
        for (InvoiceSuite.SuiteTask t : suite) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("cost comparison cancelled");
            }
            PatternKind p = patterns[t.index() % patterns.length];
            ExecutionSpec spec = new ExecutionSpec("lab-cost-" + row + "-" + t.index(),
                    PatternBenchmark.agent(s.agent(), model), s.agent() + "-1", p.id(), t.task(),
                    Seeds.mix(s.seed(), "execution-" + t.index()), "u-lab", "sess-lab-cost-" + t.index());
            results.add(TaskResult.judge(row, t, runner.run(spec)));
            done.accept(0);
        }
        return results;
    }

    private static List<LabValue> summary(String row, List<TaskResult> results, long perDay) {
        int n = results.size();
        double[] cost = results.stream().mapToDouble(r -> r.execution().costMicros() / 1e6).toArray();
        Interval costPer = Statistics.mean(cost);
        List<LabValue> out = new ArrayList<>();
        out.add(new LabValue(row, LabMetric.COST.key(), costPer));
        out.add(new LabValue(row, LabMetric.MODEL_COST.key(), Statistics.mean(results.stream()
                .mapToDouble(r -> CostParts.modelCost(r.execution()) / 1e6).toArray())));
        out.add(new LabValue(row, LabMetric.TOOL_COST.key(), Statistics.mean(results.stream()
                .mapToDouble(r -> CostParts.toolCost(r.execution()) / 1e6).toArray())));
        out.add(new LabValue(row, LabMetric.QUALITY.key(),
                Statistics.wilson(results.stream().filter(TaskResult::correct).count(), n)));
        out.add(new LabValue(row, LabMetric.DURATION.key(), Statistics.mean(results.stream()
                .mapToDouble(r -> r.execution().duration().toNanos() / 1e9).toArray())));
        out.add(new LabValue(row, LabMetric.COMPLETED.key(), Statistics.wilson(results.stream()
                .filter(r -> r.execution().outcome() == Outcome.SUCCESS).count(), n)));
        out.add(new LabValue(row, LabMetric.TOOL_CALLS.key(), Statistics.mean(results.stream()
                .mapToDouble(r -> toolCallsMade(r.execution())).toArray())));
        out.add(new LabValue(row, LabMetric.MONTHLY_COST.key(), Interval.exact(costPer.value() * perDay * 30)));
        return out;
    }

    /** Tool calls that reached the tool: those served from the cache cost nothing and take no time. */
    static long toolCallsMade(Execution e) {
        return e.steps().stream().filter(st -> st.kind() == StepKind.TOOL_CALL
                && !"true".equals(st.attributes().get("cached"))).count();
    }
}
