package io.breakerboard.alerts;

import io.breakerboard.model.Money;
import io.breakerboard.model.Units;

/**
 * The rules the engine knows. Each measures one value in its own unit and fires either above or below its
 * threshold; the recovery threshold lies on the healthy side, so a value hovering at the threshold cannot
 * make the alert flap.
 */
public enum RuleKind {
    /** Failed executions over all executions in the window, in percent, for everything. */
    ERROR_RATE("error-rate", "%", true, true, true),
    /** Successful executions over all executions in the window, in percent, for everything. */
    SUCCESS_RATE("success-rate", "%", false, true, true),
    /** Spend over the window scaled to one day, in USD, for everything. */
    COST_PER_DAY("cost-per-day", "USD", true, true, false),
    /** The 95th percentile of execution duration in the window, in seconds, per agent. */
    P95_DURATION("p95-duration", "s", true, true, true),
    /** How long a circuit breaker has been away from closed, in seconds, per breaker; no window. */
    BREAKER_OPEN("breaker-open", "s", true, false, false),
    /** Minutes since new executions last arrived, for everything; no window. */
    NO_DATA("no-data", "min", true, false, false),
    /** 1 − tool failures ÷ tool calls over the window, in percent, per agent, for agents that called tools. */
    TOOL_SUCCESS_RATE("tool-success-rate", "%", false, true, true),
    /**
     * Executions whose {@code root_cause_found} score says found, over those with such a score in the window, in
     * percent, per agent.
     */
    ROOT_CAUSE_RATE("root-cause-rate", "%", false, true, true);

    private final String id;
    private final String unit;
    private final boolean firesAbove;
    private final boolean usesWindow;
    private final boolean usesMinExecutions;

    RuleKind(String id, String unit, boolean firesAbove, boolean usesWindow, boolean usesMinExecutions) {
        this.id = id;
        this.unit = unit;
        this.firesAbove = firesAbove;
        this.usesWindow = usesWindow;
        this.usesMinExecutions = usesMinExecutions;
    }

    /** The rule's name, as alerts, messages and stored rows carry it. */
    public String id() {
        return id;
    }

    /** Unit of the measured value, the threshold and the recovery threshold. */
    public String unit() {
        return unit;
    }

    /** True when values above the threshold are bad, false when values below it are. */
    public boolean firesAbove() {
        return firesAbove;
    }

    /** False for rules that look at the present state only; a settings dialog greys their window out. */
    public boolean usesWindow() {
        return usesWindow;
    }

    /** True for rules that stay silent until the window holds enough executions to judge. */
    public boolean usesMinExecutions() {
        return usesMinExecutions;
    }

    /** True when the value is on the bad side of the threshold. */
    public boolean breaches(double value, double threshold) {
        return firesAbove ? value > threshold : value < threshold;
    }

    /** True when the value is clearly back on the healthy side, past the recovery threshold. */
    public boolean recovered(double value, double recovery) {
        return firesAbove ? value < recovery : value > recovery;
    }

    /** The kind with this id, or null. */
    public static RuleKind byId(String id) {
        for (RuleKind k : values()) {
            if (k.id.equals(id)) {
                return k;
            }
        }
        return null;
    }

    /** A quantity in this rule's unit, for messages: {@code 20 %}, {@code $50.00}, {@code 30 s}. */
    public String format(double value) {
        if (this == COST_PER_DAY) {
            return Money.format(Money.ofUsd(value));
        }
        return Units.number(value) + " " + unit;
    }
}
