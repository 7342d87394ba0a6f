package io.breakerboard.lab;

import io.breakerboard.engine.agent.AgentCatalog;
import io.breakerboard.engine.llm.ModelCatalog;
import io.breakerboard.engine.orchestration.PatternKind;
import io.breakerboard.engine.llm.ModelSpec;
import io.breakerboard.engine.reliability.ReliabilitySettings;
import io.breakerboard.engine.reliability.RetrySettings;
import io.breakerboard.engine.sim.Domain;
import java.util.List;
import java.util.Objects;

/**
 * What a pattern benchmark runs.
 *
 * @param tasks       size of the invoice suite, 1..{@link InvoiceSuite#MAX}
 * @param seed        seed of the suite and of every execution
 * @param agent       the finance agent that works the tasks (its role and carefulness)
 * @param model       the model tier every step of the agent uses; null for the agent's own
 * @param reliability retries, breakers and time limits of the run
 * @param patterns    the patterns compared, in table order
 */
public record BenchmarkSettings(int tasks, long seed, String agent, String model, ReliabilitySettings reliability,
                                List<PatternKind> patterns) {
    public static final String DEFAULT_AGENT = "payments-controller";

    public BenchmarkSettings {
        if (tasks < 1 || tasks > InvoiceSuite.MAX) {
            throw new IllegalArgumentException("tasks must be in 1.." + InvoiceSuite.MAX + ", got " + tasks);
        }
        if (AgentCatalog.get(agent).domain() != Domain.FINANCE) {
            throw new IllegalArgumentException("agent '" + agent + "' does not work on invoices; pick a finance agent");
        }
        if (model != null) {
            ModelCatalog.get(model);
        }
        Objects.requireNonNull(reliability, "reliability");
        patterns = List.copyOf(patterns);
        if (patterns.isEmpty()) {
            throw new IllegalArgumentException("pick at least one pattern to benchmark");
        }
    }

    /** All five patterns on the full suite, default reliability. */
    public static BenchmarkSettings defaults(long seed) {
        return new BenchmarkSettings(InvoiceSuite.FULL, seed, DEFAULT_AGENT, null, ReliabilitySettings.defaults(),
                List.of(PatternKind.values()));
    }

    public BenchmarkSettings withTasks(int n) {
        return new BenchmarkSettings(n, seed, agent, model, reliability, patterns);
    }

    public BenchmarkSettings withModel(String m) {
        return new BenchmarkSettings(tasks, seed, agent, m, reliability, patterns);
    }

    public BenchmarkSettings withReliability(ReliabilitySettings r) {
        return new BenchmarkSettings(tasks, seed, agent, model, r, patterns);
    }

    /** With {@code n} attempts per tool call, the first included (the engine's retry layer). */
    public BenchmarkSettings withToolAttempts(int n) {
        RetrySettings r = reliability.toolRetry();
        return withReliability(reliability.withToolRetry(new RetrySettings(n, r.initialInterval(), r.multiplier(),
                r.jitter(), r.maxInterval())));
    }

    /** The model tiers a run may pick, cheapest first. */
    public static List<String> models() {
        return ModelCatalog.all().stream().map(ModelSpec::name).toList();
    }

    /** The patterns' ids, in table order. */
    public List<String> patternIds() {
        return patterns.stream().map(PatternKind::id).toList();
    }

    /** The settings in words, for the stored run and the exports. */
    public String describe() {
        return tasks + " invoice tasks, seed " + seed + ", agent " + agent + ", model "
                + (model == null ? AgentCatalog.get(agent).model() : model) + ", tool retries "
                + reliability.toolRetry().maxAttempts() + " attempts, tool time limit "
                + reliability.toolTimeout().toMillis() + " ms";
    }
}
