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

    /** On; 8 iterations, $0.30, 60 s, 3 tool failures, 3 identical tool calls; the last 200 kept. */
    public static final AnomalySettings DEFAULTS = builder().build();

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

    /** Starts from the {@link #DEFAULTS}. */
    public static Builder builder() {
        return new Builder();
    }

    private Builder toBuilder() {
        return builder().enabled(enabled).maxIterations(maxIterations).maxCostMicros(maxCostMicros)
                .maxDuration(maxDuration).maxToolFailures(maxToolFailures).repeatedToolCalls(repeatedToolCalls)
                .keep(keep);
    }

    public AnomalySettings withEnabled(boolean v) {
        return toBuilder().enabled(v).build();
    }

    public AnomalySettings withMaxIterations(int v) {
        return toBuilder().maxIterations(v).build();
    }

    public AnomalySettings withMaxCostMicros(long v) {
        return toBuilder().maxCostMicros(v).build();
    }

    public AnomalySettings withMaxDuration(Duration v) {
        return toBuilder().maxDuration(v).build();
    }

    public AnomalySettings withMaxToolFailures(int v) {
        return toBuilder().maxToolFailures(v).build();
    }

    public AnomalySettings withRepeatedToolCalls(int v) {
        return toBuilder().repeatedToolCalls(v).build();
    }

    public AnomalySettings withKeep(int v) {
        return toBuilder().keep(v).build();
    }

    /** Names each limit of an {@link AnomalySettings}. */
    public static final class Builder {
        private boolean enabled = true;
        private int maxIterations = 8;
        private long maxCostMicros = Money.ofUsd(0.30);
        private Duration maxDuration = Duration.ofSeconds(60);
        private int maxToolFailures = 3;
        private int repeatedToolCalls = 3;
        private int keep = 200;

        private Builder() {
        }

        public Builder enabled(boolean v) { this.enabled = v; return this; }
        public Builder maxIterations(int v) { this.maxIterations = v; return this; }
        public Builder maxCostMicros(long v) { this.maxCostMicros = v; return this; }
        public Builder maxDuration(Duration v) { this.maxDuration = v; return this; }
        public Builder maxToolFailures(int v) { this.maxToolFailures = v; return this; }
        public Builder repeatedToolCalls(int v) { this.repeatedToolCalls = v; return this; }
        public Builder keep(int v) { this.keep = v; return this; }

        /** @throws IllegalArgumentException naming the setting and the value that is wrong */
        public AnomalySettings build() {
            return new AnomalySettings(enabled, maxIterations, maxCostMicros, maxDuration, maxToolFailures,
                    repeatedToolCalls, keep);
        }
    }
}
