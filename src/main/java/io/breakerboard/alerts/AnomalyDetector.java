package io.breakerboard.alerts;

import io.breakerboard.model.Alert;
import io.breakerboard.model.AlertState;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Money;
import io.breakerboard.model.Severity;
import io.breakerboard.model.Step;
import io.breakerboard.model.StepKind;
import io.breakerboard.model.Units;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Looks at one finished execution for signs of a run gone wrong: more iterations than its own limit (stated on
 * a step, else the setting, which as one loop's limit applies only to executions without an orchestration pattern), too costly, too long, too many failed tool calls, or a tool called again and again
 * with the same arguments back to back (retries, cached results and other callers do not count). Each sign found is a
 * WARNING alert about the execution's agent, already firing, with the execution's key for drill-down. Its id
 * is the rule and the execution key, so inspecting the same execution twice yields the same alerts.
 */
public final class AnomalyDetector {
    public static final String TOO_MANY_ITERATIONS = "too-many-iterations";
    public static final String HIGH_COST = "high-cost";
    public static final String TOO_LONG = "too-long";
    public static final String TOOL_FAILURES = "tool-failures";
    public static final String TOOL_LOOP = "tool-loop";

    /** Step attribute with the iterations an execution was allowed (the engine writes it on its last step). */
    public static final String ITERATION_LIMIT = "iteration_limit";

    private final AnomalySettings settings;

    public AnomalyDetector(AnomalySettings settings) {
        this.settings = settings;
    }

    /** Every anomaly of this execution, in the order above; empty when it ran within limits or detection is off. */
    public List<Alert> detect(Execution e) {
        if (!settings.enabled()) {
            return List.of();
        }
        List<Alert> found = new ArrayList<>(2);
        int iterations = iterations(e);
        int limit = statedLimit(e);
        int iterationLimit = limit > 0 ? limit : settings.maxIterations();
        // The setting is one loop's limit. An execution of an orchestration pattern ran several loops (planner,
        // specialists, voters, critic) and counts their iterations together; without the allowance it states, the
        // sum is not comparable to one loop's limit (a CSV row of a hierarchical run "ran 11 iterations, more than 8").
        boolean comparable = limit > 0 || e.pattern() == null || e.pattern().isBlank();
        if (comparable && iterations > iterationLimit) {
            found.add(alert(e, TOO_MANY_ITERATIONS, iterations, iterationLimit, "iterations",
                    "ran " + iterations + " iterations, more than " + (limit > 0 ? "its own limit of " : "")
                            + iterationLimit));
        }
        if (e.costMicros() > settings.maxCostMicros()) {
            found.add(alert(e, HIGH_COST, toUsd(e.costMicros()), toUsd(settings.maxCostMicros()), "USD",
                    "cost " + Money.format(e.costMicros()) + ", more than " + Money.format(settings.maxCostMicros())));
        }
        if (e.duration().compareTo(settings.maxDuration()) > 0) {
            found.add(alert(e, TOO_LONG, Units.seconds(e.duration()), Units.seconds(settings.maxDuration()), "s",
                    "ran " + Units.number(Units.seconds(e.duration())) + " s, longer than "
                            + Units.number(Units.seconds(settings.maxDuration())) + " s"));
        }
        if (e.toolFailures() > settings.maxToolFailures()) {
            found.add(alert(e, TOOL_FAILURES, e.toolFailures(), settings.maxToolFailures(), "failures",
                    "had " + e.toolFailures() + " failed tool calls, more than " + settings.maxToolFailures()));
        }
        Repeat loop = mostRepeatedCall(e);
        if (loop != null && loop.count >= settings.repeatedToolCalls()) {
            found.add(alert(e, TOOL_LOOP, loop.count, settings.repeatedToolCalls(), "calls",
                    "called tool '" + loop.tool + "' " + loop.count + " times with the same arguments"));
        }
        return found;
    }

    /** The iteration count the log states, or else one per model call: each reason/act turn asks the model once. */
    private static int iterations(Execution e) {
        if (e.iterations() > 0) {
            return e.iterations();
        }
        int calls = 0;
        for (Step s : e.steps()) {
            if (s.kind() == StepKind.LLM_CALL) {
                calls++;
            }
        }
        return calls;
    }

    /** The iteration limit the execution states on a step ({@code iteration_limit}, or a guard's {@code limit}); 0 if none. */
    private static int statedLimit(Execution e) {
        for (int i = e.steps().size() - 1; i >= 0; i--) {
            Map<String, String> a = e.steps().get(i).attributes();
            String v = a.getOrDefault(ITERATION_LIMIT, a.get("limit"));
            if (v != null && (a.containsKey(ITERATION_LIMIT) || "iteration-limit".equals(e.steps().get(i).name()))) {
                try {
                    return Integer.parseInt(v.strip());
                } catch (NumberFormatException ignored) {
                    return 0;
                }
            }
        }
        return 0;
    }

    /**
     * The longest run of one caller asking one tool the same thing again and again, with no other call of its own
     * in between (an agent stuck on one action). Not a repeat: a retry (a later attempt of one call, or the same
     * call right after it failed), a result served from the cache or replayed after a restart, and another
     * caller's call (each voter asks for itself).
     */
    private static Repeat mostRepeatedCall(Execution e) {
        Map<String, List<String>> lastByCaller = new java.util.HashMap<>();
        Map<String, Integer> runByCaller = new java.util.HashMap<>();
        Repeat most = null;
        Step previous = null;
        for (Step s : e.steps()) {
            Step before = previous;
            previous = s;
            if (s.kind() != StepKind.TOOL_CALL || isRetryOrReuse(s, before)) {
                continue;
            }
            String caller = s.attributes().getOrDefault("actor", "");
            String tool = s.name() == null ? "?" : s.name();
            List<String> call = List.of(tool, s.input() == null ? "" : s.input().strip());
            int run = call.equals(lastByCaller.put(caller, call)) ? runByCaller.get(caller) + 1 : 1;
            runByCaller.put(caller, run);
            if (most == null || run > most.count) {
                most = new Repeat(tool, run);
            }
        }
        return most;
    }

    private static boolean isRetryOrReuse(Step call, Step before) {
        Map<String, String> a = call.attributes();
        String attempt = a.get("attempt");
        if (attempt != null && !attempt.equals("1")) {
            return true;
        }
        if ("true".equals(a.get("cached")) || "true".equals(a.get("replayed"))) {
            return true;
        }
        return before != null && before.failed()
                && (before.kind() == StepKind.TOOL_ERROR || before.kind() == StepKind.TOOL_RESULT)
                && java.util.Objects.equals(before.name(), call.name());
    }

    private static Alert alert(Execution e, String rule, double value, double threshold, String unit, String what) {
        String message = "Execution " + e.key() + " of agent '" + e.agent() + "' " + what;
        return new Alert(rule + "/" + e.key(), rule, Severity.WARNING, AlertState.FIRING, e.agent(), value, threshold,
                unit, message, e.startedAt(), e.endedAt(), null, false, List.of(e.key()));
    }

    private static double toUsd(long micros) {
        return (double) micros / Money.MICROS_PER_USD;
    }

    private record Repeat(String tool, int count) {
    }
}
