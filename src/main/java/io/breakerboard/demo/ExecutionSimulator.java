package io.breakerboard.demo;

import io.breakerboard.engine.llm.PriceTable;
import io.breakerboard.model.ErrorKind;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Money;
import io.breakerboard.model.Outcome;
import io.breakerboard.model.Step;
import io.breakerboard.model.StepKind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Simulates one agent run step by step: a plan, then reason/act iterations (model call, optional reasoning, tool
 * call, tool result) until the task is done or a failure mode ends it the way it ends in production: retries
 * that give up, a guardrail stop, a loop detector. Totals (tokens, cost, tool calls, duration) follow from the
 * steps.
 */
final class ExecutionSimulator {
    private static final Duration TOOL_DEADLINE = Duration.ofSeconds(30);

    private final SimRandom r;
    private final PriceTable prices = ListPrices.table();

    ExecutionSimulator(SimRandom random) {
        this.r = random;
    }

    Execution simulate(String key, AgentProfile a, Instant start, FailureMode mode) {
        Timeline t = new Timeline(start, r);
        // One business object per run (invoice, ticket, PR...), so the task, arguments and results agree.
        String subject = Integer.toString(r.between(100, 99_999));
        String task = fill(r.pick(a.tasks()), subject);
        String model = a.model();
        int iterations = mode == FailureMode.MAX_ITERATIONS ? a.maxIter() + 1
                : mode == FailureMode.BUDGET_STOP ? a.maxIter() : r.between(a.minIter(), a.typicalIter());
        int failAt = r.between(1, Math.max(1, Math.min(iterations, a.maxIter())));
        boolean recovers = r.chance(mode == FailureMode.TIMEOUT ? 0.25 : 0.5);
        // A run that blows its budget drags a huge context along: each call costs about a third of the budget.
        long context = mode == FailureMode.BUDGET_STOP
                ? a.budget() * 1_000_000L / (3 * prices.price(model).inputMicrosPerMillion()) * r.between(80, 120) / 100
                : r.between(600, 1_500);
        int retries = 0;

        t.add(t.step(StepKind.AGENT_START, a.name()).input(task));
        if (r.chance(0.5)) {
            t.add(t.step(StepKind.MEMORY_RECALL, "vector-store").input(task).duration(r.latency(45, 0.4))
                    .output(notes(r.between(0, 5))));
        }
        ToolProfile looping = null;
        String loopArgs = null;
        int repeats = 0;
        int done = 0;
        for (int i = 1; i <= iterations; i++) {
            if (i > a.maxIter()) {
                String why = "max iterations reached (" + a.maxIter() + ")";
                t.add(t.step(StepKind.GUARDRAIL, "iteration-limit").output(why).attributes(Timeline.attrs("limit",
                        Integer.toString(a.maxIter()))));
                return stop(key, a, task, t, done, retries, Outcome.PARTIAL, ErrorKind.MAX_ITERATIONS, why);
            }
            if (i == failAt && mode == FailureMode.RATE_LIMIT) {
                int attempts = recovers ? r.between(1, 2) : 3;
                for (int k = 0; k < attempts; k++) {
                    t.add(t.step(StepKind.API_ERROR, model).duration(r.latency(120, 0.3)).failure(ErrorKind.RATE_LIMIT,
                            "429 Too Many Requests: rate limit exceeded for " + model));
                    t.wait(Duration.ofSeconds(1L << k));
                    retries++;
                }
                if (!recovers) {
                    return stop(key, a, task, t, done, retries - 1, Outcome.FAILURE, ErrorKind.RATE_LIMIT,
                            "rate limit exceeded for " + model + " after 2 retries");
                }
            }
            long in = context;
            long out = r.between(60, 450);
            if (i == failAt && mode == FailureMode.MALFORMED_RESPONSE) {
                String why = "malformed response: model output is not valid JSON (unexpected token '}' at position "
                        + r.between(40, 900) + ")";
                t.add(llm(t, model, in, out).failure(ErrorKind.MALFORMED_RESPONSE, why));
                if (!recovers) {
                    return stop(key, a, task, t, done, retries, Outcome.FAILURE, ErrorKind.MALFORMED_RESPONSE, why);
                }
                retries++;
            }
            t.add(llm(t, model, in, out));
            done = i;
            if (i == 1) {
                t.add(t.step(StepKind.PLAN, null).output(plan(a)));
            } else if (r.chance(0.6)) {
                t.add(t.step(StepKind.REASONING, null).output(reasoning(a)));
            }
            if (t.costMicros() > a.budget()) {
                String why = "budget exceeded: spent " + Money.format(t.costMicros()) + " of " + Money.format(a.budget());
                t.add(t.step(StepKind.GUARDRAIL, "budget").output(why)
                        .attributes(Timeline.attrs("cost", Money.toUsd(t.costMicros()).toPlainString())));
                return stop(key, a, task, t, done, retries, Outcome.PARTIAL, ErrorKind.BUDGET_EXCEEDED, why);
            }
            ToolProfile tool = r.pick(a.tools());
            String args = fill(r.pick(tool.args()), subject);
            if (mode == FailureMode.LOOP && i >= failAt) {
                if (looping == null) {
                    looping = tool;
                    loopArgs = args;
                }
                tool = looping;
                args = loopArgs;
                if (++repeats == 3) {
                    String why = "loop detected: " + tool.name() + " called 3 times with the same arguments";
                    t.add(t.step(StepKind.GUARDRAIL, "loop-detector").output(why));
                    return stop(key, a, task, t, done, retries, Outcome.PARTIAL, ErrorKind.LOOP_DETECTED, why);
                }
                iterations = Math.max(iterations, i + 1);
            }
            t.add(t.step(StepKind.TOOL_CALL, tool.name()).input(args).costMicros(tool.price().perCallMicros()));
            if (i == failAt && mode == FailureMode.TIMEOUT) {
                String why = "tool " + tool.name() + " timed out after 30s";
                t.add(t.step(StepKind.TOOL_ERROR, tool.name()).duration(TOOL_DEADLINE).failure(ErrorKind.TIMEOUT, why));
                if (!recovers) {
                    return stop(key, a, task, t, done, retries, Outcome.FAILURE, ErrorKind.TIMEOUT, why);
                }
                retries++;
                t.add(t.step(StepKind.TOOL_CALL, tool.name()).input(args).costMicros(tool.price().perCallMicros()));
            } else if (i == failAt && mode == FailureMode.TOOL_ERROR) {
                String why = "tool " + tool.name() + " failed: connection reset by peer";
                t.add(t.step(StepKind.TOOL_ERROR, tool.name()).duration(r.latency(tool.medianMillis() / 2, 0.4))
                        .failure(ErrorKind.TOOL_ERROR, why));
                if (!recovers) {
                    return stop(key, a, task, t, done, retries, Outcome.FAILURE, ErrorKind.TOOL_ERROR, why);
                }
                retries++;
                t.add(t.step(StepKind.TOOL_CALL, tool.name()).input(args).costMicros(tool.price().perCallMicros()));
            } else if (i == failAt && mode == FailureMode.PERMISSION_DENIED) {
                String why = "403 Forbidden: service account agent-" + a.name() + " lacks permission for " + tool.name();
                t.add(t.step(StepKind.TOOL_ERROR, tool.name()).duration(r.latency(60, 0.3))
                        .failure(ErrorKind.PERMISSION_DENIED, why));
                return stop(key, a, task, t, done, retries, Outcome.FAILURE, ErrorKind.PERMISSION_DENIED, why);
            }
            Duration latency = r.latency(tool.medianMillis(), tool.sigma());
            String result = fill(r.pick(tool.results()), subject);
            t.add(t.step(StepKind.TOOL_RESULT, tool.name()).duration(latency).output(result)
                    .attributes(Timeline.attrs("status", "ok")));
            context += r.between(150, 900);
        }
        if (r.chance(0.08)) {
            t.add(t.step(StepKind.EVENT, "CACHE_WRITE").output("stored answer for reuse")
                    .attributes(Timeline.attrs("ttl", "3600")));
        }
        if (mode == FailureMode.VALIDATION) {
            String why = "validation failed: total " + r.between(1_000, 20_000) + ".00 does not match the approved amount";
            return stop(key, a, task, t, done, retries, Outcome.FAILURE, ErrorKind.VALIDATION, why);
        }
        t.add(t.step(StepKind.AGENT_DONE, a.name()).output(answer(a))
                .attributes(Timeline.attrs("iterations", Integer.toString(done))));
        return execution(key, a, task, t, done, retries).outcome(Outcome.SUCCESS).build();
    }

    private Step.Builder llm(Timeline t, String model, long in, long out) {
        Duration latency = r.latency(350 + out * 9, 0.35);
        return t.step(StepKind.LLM_CALL, model).duration(latency).inputTokens(in).outputTokens(out)
                .costMicros(prices.cost(model, in, out));
    }

    private Execution stop(String key, AgentProfile a, String task, Timeline t, int iterations, int retries,
                           Outcome outcome, ErrorKind kind, String why) {
        StepKind last = outcome == Outcome.PARTIAL ? StepKind.AGENT_INCOMPLETE : StepKind.AGENT_DONE;
        Step.Builder end = t.step(last, a.name()).output(why);
        if (outcome == Outcome.FAILURE) {
            end.failure(kind, why).attributes(Timeline.attrs("status", "failure"));
        }
        t.add(end);
        return execution(key, a, task, t, iterations, retries).outcome(outcome).errorKind(kind).errorMessage(why).build();
    }

    private Execution.Builder execution(String key, AgentProfile a, String task, Timeline t, int iterations, int retries) {
        return Execution.builder(key).agent(a.name()).task(task).model(a.model()).iterations(iterations)
                .retries(retries).userId(String.format(Locale.ROOT, "u-%04d", r.between(1, 400)))
                .sessionId("sess-" + r.hex6() + key.substring(Math.max(0, key.length() - 4))).steps(t.steps());
    }

    private static String notes(int n) {
        return n == 0 ? "no related notes" : n == 1 ? "1 related note from an earlier run" : n + " related notes from earlier runs";
    }

    private String plan(AgentProfile a) {
        List<ToolProfile> tools = a.tools();
        StringBuilder sb = new StringBuilder("Plan: ");
        for (int i = 0; i < tools.size(); i++) {
            sb.append(i + 1).append(") ").append(tools.get(i).name()).append(i + 1 < tools.size() ? "; " : "");
        }
        return sb.toString();
    }

    private String reasoning(AgentProfile a) {
        return r.pick(List.of("The last result is enough to decide the next call.",
                "Numbers disagree; checking the source again before concluding.",
                "Need one more data point from " + r.pick(a.tools()).name() + ".",
                "Result looks consistent with the plan; continuing."));
    }

    private String answer(AgentProfile a) {
        return r.pick(List.of("Done: result recorded for " + a.name() + ".", "Completed; summary sent to requester.",
                "Finished with no further action needed."));
    }

    private static String fill(String template, String subject) {
        return template.replace("{n}", subject);
    }

    /** Chooses the failure mode for a run: rare, per agent, more often inside an incident window. */
    FailureMode chooseMode(AgentProfile a, double extraRate, FailureMode incidentMode) {
        if (incidentMode != null && r.chance(extraRate)) {
            return incidentMode;
        }
        double u = r.unit();
        double sum = 0;
        for (Map.Entry<FailureMode, Double> f : a.failures().entrySet()) {
            sum += f.getValue();
            if (u < sum) {
                return f.getKey();
            }
        }
        return FailureMode.NONE;
    }
}
