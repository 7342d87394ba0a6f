package io.breakerboard.engine.guard;

import io.breakerboard.model.Money;

/**
 * Limits every execution runs under.
 *
 * @param executionBudgetMicros spend allowed to one execution, micro-dollars
 * @param dailyBudgetMicros     spend allowed to the whole engine per UTC day of the engine clock, micro-dollars
 * @param loopThreshold         identical tool calls (same tool, same arguments) that count as a loop
 */
public record GuardSettings(long executionBudgetMicros, long dailyBudgetMicros, int loopThreshold) {

    public GuardSettings {
        if (executionBudgetMicros <= 0 || dailyBudgetMicros <= 0) {
            throw new IllegalArgumentException("budgets must be positive, got execution " + executionBudgetMicros
                    + ", daily " + dailyBudgetMicros + " micro-dollars");
        }
        if (loopThreshold < 2) {
            throw new IllegalArgumentException("loopThreshold must be at least 2, got " + loopThreshold);
        }
    }

    /** $0.50 per execution, $200 per day, a loop at the third identical call. */
    public static GuardSettings defaults() {
        return new GuardSettings(Money.ofUsd(0.50), Money.ofUsd(200), 3);
    }

    public GuardSettings withExecutionBudget(long micros) {
        return new GuardSettings(micros, dailyBudgetMicros, loopThreshold);
    }

    public GuardSettings withDailyBudget(long micros) {
        return new GuardSettings(executionBudgetMicros, micros, loopThreshold);
    }
}
