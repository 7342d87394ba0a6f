package io.breakerboard.ui.testing;

import io.breakerboard.model.ErrorKind;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Outcome;
import io.breakerboard.model.Step;
import io.breakerboard.model.StepKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Plausible agent executions from a seed: five agents with their own speed, price and failure habits. */
public final class ExecutionGenerator {
    public static final List<String> AGENTS = List.of("planner", "researcher", "coder", "reviewer", "support-bot");
    private static final double[] FAILURE_RATE = {0.04, 0.08, 0.18, 0.03, 0.10};
    private static final long[] TYPICAL_MS = {1_800, 6_500, 12_000, 2_400, 900};
    private static final String[] MODELS = {"gpt-4o", "claude-3-5-sonnet", "gpt-4o-mini"};
    private static final ErrorKind[] ERRORS = {ErrorKind.TIMEOUT, ErrorKind.TOOL_ERROR, ErrorKind.RATE_LIMIT,
            ErrorKind.MALFORMED_RESPONSE, ErrorKind.MAX_ITERATIONS};
    private static final String[] TOOLS = {"web_search", "python", "http_get", "read_file"};

    private final Random random;
    private int sequence;

    public ExecutionGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** {@code n} executions starting at random times in {@code [end - span, end)}. */
    public List<Execution> generate(int n, Instant end, Duration span) {
        List<Execution> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Instant start = end.minusMillis(1 + (long) (random.nextDouble() * (span.toMillis() - 1)));
            int agent = random.nextInt(AGENTS.size());
            out.add(execution(agent, start, 4 + random.nextInt(8)));
        }
        return out;
    }

    /** One execution of an agent with exactly {@code steps} steps (at least 3). */
    public Execution withSteps(String agent, Instant start, int steps) {
        return execution(Math.max(0, AGENTS.indexOf(agent)), start, Math.max(3, steps), agent);
    }

    private Execution execution(int agent, Instant start, int steps) {
        return execution(agent, start, steps, AGENTS.get(agent));
    }

    private Execution execution(int agent, Instant start, int stepCount, String agentName) {
        boolean fails = random.nextDouble() < FAILURE_RATE[agent];
        ErrorKind error = fails ? ERRORS[random.nextInt(ERRORS.length)] : null;
        String model = MODELS[agent % MODELS.length];
        String task = "Task " + (sequence + 1) + " for " + agentName + ": summarise the open tickets";
        Execution.Builder b = Execution.builder("gen-" + (++sequence) + "-" + Long.toHexString(random.nextLong()))
                .agent(agentName).task(task).model(model).startedAt(start).source("generated").format("generated")
                .sessionId("session-" + (sequence % 17));
        Instant t = start;
        b.addStep(Step.builder(StepKind.AGENT_START).at(t).input(task).build());
        t = t.plusMillis(5);
        b.addStep(Step.builder(StepKind.MEMORY_RECALL).at(t).duration(Duration.ofMillis(40)).name("memory")
                .output("User prefers short answers; last run ended at ticket 41").build());
        t = t.plusMillis(40);
        for (int i = 2; i < stepCount - 1; i++) {
            long ms = Math.max(1, (long) (TYPICAL_MS[agent] / (double) stepCount * (0.3 + random.nextDouble() * 1.7)));
            Duration d = Duration.ofMillis(ms);
            Step step;
            if (i % 2 == 0) {
                long in = 300 + random.nextInt(2_000);
                long out = 50 + random.nextInt(600);
                step = Step.builder(StepKind.LLM_CALL).at(t).duration(d).name(model).inputTokens(in).outputTokens(out)
                        .costMicros(in * 3 + out * 12).input("prompt " + i).output("thought " + i)
                        .attributes(Map.of("temperature", "0.2", "step", Integer.toString(i))).build();
            } else {
                String tool = TOOLS[random.nextInt(TOOLS.length)];
                boolean toolFails = error == ErrorKind.TOOL_ERROR && i == stepCount - 2;
                step = Step.builder(toolFails ? StepKind.TOOL_ERROR : StepKind.TOOL_CALL).at(t).duration(d).name(tool)
                        .input("{\"query\": \"ticket " + i + "\"}").output(toolFails ? "tool failed: exit code 2" : "ok: 3 results")
                        .failed(toolFails).errorKind(toolFails ? ErrorKind.TOOL_ERROR : null).build();
            }
            b.addStep(step);
            t = t.plus(d);
        }
        if (fails) {
            b.addStep(Step.builder(StepKind.API_ERROR).at(t).failed(true).errorKind(error)
                    .output(error.name().toLowerCase() + " while calling " + model).build());
            b.outcome(error == ErrorKind.MAX_ITERATIONS ? Outcome.PARTIAL : Outcome.FAILURE).errorKind(error)
                    .errorMessage(error.name().toLowerCase().replace('_', ' ') + " after " + (stepCount - 1) + " steps");
        } else {
            b.addStep(Step.builder(StepKind.AGENT_DONE).at(t).output("Done: 3 tickets summarised").build());
            b.outcome(Outcome.SUCCESS);
        }
        b.retries(random.nextInt(10) == 0 ? 1 : 0).iterations(stepCount / 2);
        return b.build();
    }
}
