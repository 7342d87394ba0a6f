package io.breakerboard.alerts;

import io.breakerboard.model.Money;
import io.breakerboard.model.Units;
import java.time.Duration;

/**
 * Limits one execution should stay within; each one crossed yields a warning about that execution.
 *
 * @param enabled           false stops inspecting executions
 * @param maxIterations     more reason/act iterations than this is an anomaly
 * @param maxCostMicros     a cost above this, in micro-dollars, is an anomaly
 * @param maxDuration       a run longer than this is an anomaly
 * @param maxToolFailures   more failed tool calls than this is an anomaly
 * @param repeatedToolCalls calling one tool with the same arguments this many times or more is a loop
 * @param keep              how many of the most recent anomalies are kept
 */
public record AnomalySettings(
        boolean enabled,
        int maxIterations,
        long maxCostMicros,
        Duration maxDuration,
        int maxToolFailures,
        int repeatedToolCalls,
        int keep) {

    public static final AnomalySettings DEFAULTS =
            new AnomalySettings(true, 8, Money.ofUsd(0.30), Duration.ofSeconds(60), 3, 3, 200);

    private static final int MAX_KEEP = 100_000;

    /**
     * @throws IllegalArgumentException naming the setting and the value that is wrong
     */
    public AnomalySettings {
        atLeast("maxIterations", maxIterations, 1);
        if (maxCostMicros <= 0) {
            throw new IllegalArgumentException("anomalies maxCostMicros must be above 0 (micro-dollars), got "
                    + maxCostMicros);
        }
        if (maxDuration == null || maxDuration.isNegative() || maxDuration.isZero()) {
            throw new IllegalArgumentException("anomalies maxDuration must be above 0 s, got " + Units.setting(maxDuration));
        }
        atLeast("maxToolFailures", maxToolFailures, 0);
        atLeast("repeatedToolCalls", repeatedToolCalls, 2);
        atLeast("keep", keep, 1);
        if (keep > MAX_KEEP) {
            throw new IllegalArgumentException("anomalies keep must be at most " + MAX_KEEP + ", got " + keep);
        }
    }

    private static void atLeast(String name, int value, int least) {
        if (value < least) {
            throw new IllegalArgumentException("anomalies " + name + " must be at least " + least + ", got " + value);
        }
    }

    public AnomalySettings withEnabled(boolean v) {
        return new AnomalySettings(v, maxIterations, maxCostMicros, maxDuration, maxToolFailures, repeatedToolCalls, keep);
    }

    public AnomalySettings withMaxIterations(int v) {
        return new AnomalySettings(enabled, v, maxCostMicros, maxDuration, maxToolFailures, repeatedToolCalls, keep);
    }

    public AnomalySettings withMaxCostMicros(long v) {
        return new AnomalySettings(enabled, maxIterations, v, maxDuration, maxToolFailures, repeatedToolCalls, keep);
    }

    public AnomalySettings withMaxDuration(Duration v) {
        return new AnomalySettings(enabled, maxIterations, maxCostMicros, v, maxToolFailures, repeatedToolCalls, keep);
    }

    public AnomalySettings withMaxToolFailures(int v) {
        return new AnomalySettings(enabled, maxIterations, maxCostMicros, maxDuration, v, repeatedToolCalls, keep);
    }

    public AnomalySettings withRepeatedToolCalls(int v) {
        return new AnomalySettings(enabled, maxIterations, maxCostMicros, maxDuration, maxToolFailures, v, keep);
    }

    public AnomalySettings withKeep(int v) {
        return new AnomalySettings(enabled, maxIterations, maxCostMicros, maxDuration, maxToolFailures, repeatedToolCalls, v);
    }
}
