package io.breakerboard.alerts;

import io.breakerboard.alerts.internal.Text;
import io.breakerboard.model.Alert;
import io.breakerboard.model.AlertState;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Money;
import io.breakerboard.model.Severity;
import io.breakerboard.model.Step;
import io.breakerboard.model.StepKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Looks at one finished execution for signs of a run gone wrong: too many iterations, too costly, too long,
 * too many failed tool calls, or a tool called again and again with the same arguments. Each sign found is a
 * WARNING alert about the execution's agent, already firing, with the execution's key for drill-down. Its id
 * is the rule and the execution key, so inspecting the same execution twice yields the same alerts.
 */
public final class AnomalyDetector {
    public static final String TOO_MANY_ITERATIONS = "too-many-iterations";
    public static final String HIGH_COST = "high-cost";
    public static final String TOO_LONG = "too-long";
    public static final String TOOL_FAILURES = "tool-failures";
    public static final String TOOL_LOOP = "tool-loop";

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
        if (iterations > settings.maxIterations()) {
            found.add(alert(e, TOO_MANY_ITERATIONS, iterations, settings.maxIterations(), "iterations",
                    "ran " + iterations + " iterations, more than " + settings.maxIterations()));
        }
        if (e.costMicros() > settings.maxCostMicros()) {
            found.add(alert(e, HIGH_COST, toUsd(e.costMicros()), toUsd(settings.maxCostMicros()), "USD",
                    "cost " + Money.format(e.costMicros()) + ", more than " + Money.format(settings.maxCostMicros())));
        }
        if (e.duration().compareTo(settings.maxDuration()) > 0) {
            found.add(alert(e, TOO_LONG, Text.seconds(e.duration()), Text.seconds(settings.maxDuration()), "s",
                    "ran " + Text.number(Text.seconds(e.duration())) + " s, longer than "
                            + Text.number(Text.seconds(settings.maxDuration())) + " s"));
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

    private static Repeat mostRepeatedCall(Execution e) {
        Map<List<String>, Integer> counts = new HashMap<>();
        Repeat most = null;
        for (Step s : e.steps()) {
            if (s.kind() != StepKind.TOOL_CALL) {
                continue;
            }
            String tool = s.name() == null ? "?" : s.name();
            String args = s.input() == null ? "" : s.input().strip();
            int n = counts.merge(List.of(tool, args), 1, Integer::sum);
            if (most == null || n > most.count) {
                most = new Repeat(tool, n);
            }
        }
        return most;
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
