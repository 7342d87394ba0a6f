package io.breakerboard.engine.guard.internal;

import io.breakerboard.model.Money;

/**
 * Limits every execution runs under. Days and months are UTC on the engine clock.
 *
 * @param executionBudgetMicros spend allowed to one execution, micro-dollars
 * @param dailyBudgetMicros     spend allowed to the whole engine per day, micro-dollars
 * @param loopThreshold         identical tool calls (same tool, same arguments) that count as a loop
 * @param userDailyBudgetMicros spend allowed per end user per day, micro-dollars
 * @param monthlyBudgetMicros   spend allowed to the whole engine per calendar month, micro-dollars
 * @param warnShare             share of a shared budget from which a warning is given, above 0 and at most 1
 */
public record GuardSettings(long executionBudgetMicros, long dailyBudgetMicros, int loopThreshold,
                            long userDailyBudgetMicros, long monthlyBudgetMicros, double warnShare) {

    public GuardSettings {
        if (executionBudgetMicros <= 0 || dailyBudgetMicros <= 0 || userDailyBudgetMicros <= 0
                || monthlyBudgetMicros <= 0) {
            throw new IllegalArgumentException("budgets must be positive, got execution " + executionBudgetMicros
                    + ", daily " + dailyBudgetMicros + ", per user daily " + userDailyBudgetMicros + ", monthly "
                    + monthlyBudgetMicros + " micro-dollars");
        }
        if (loopThreshold < 2) {
            throw new IllegalArgumentException("loopThreshold must be at least 2, got " + loopThreshold);
        }
        if (!(warnShare > 0 && warnShare <= 1)) {
            throw new IllegalArgumentException("warnShare must be above 0 and at most 1, got " + warnShare);
        }
    }

    /** $0.50 per execution, $200 per day, $50 per user and day, $5,000 per month, warning at 80 %, loops at 3. */
    public static GuardSettings defaults() {
        return builder().build();
    }

    /** Starts from the {@link #defaults}. */
    public static Builder builder() {
        return new Builder();
    }

    public GuardSettings withExecutionBudget(long micros) {
        return toBuilder().executionBudgetMicros(micros).build();
    }

    public GuardSettings withDailyBudget(long micros) {
        return toBuilder().dailyBudgetMicros(micros).build();
    }

    public GuardSettings withUserDailyBudget(long micros) {
        return toBuilder().userDailyBudgetMicros(micros).build();
    }

    public GuardSettings withMonthlyBudget(long micros) {
        return toBuilder().monthlyBudgetMicros(micros).build();
    }

    private Builder toBuilder() {
        return builder().executionBudgetMicros(executionBudgetMicros).dailyBudgetMicros(dailyBudgetMicros)
                .loopThreshold(loopThreshold).userDailyBudgetMicros(userDailyBudgetMicros)
                .monthlyBudgetMicros(monthlyBudgetMicros).warnShare(warnShare);
    }

    /** Names each limit of a {@link GuardSettings}. */
    public static final class Builder {
        private long executionBudgetMicros = Money.ofUsd(0.50);
        private long dailyBudgetMicros = Money.ofUsd(200);
        private int loopThreshold = 3;
        private long userDailyBudgetMicros = Money.ofUsd(50);
        private long monthlyBudgetMicros = Money.ofUsd(5_000);
        private double warnShare = 0.8;

        private Builder() {
        }

        public Builder executionBudgetMicros(long v) { this.executionBudgetMicros = v; return this; }
        public Builder dailyBudgetMicros(long v) { this.dailyBudgetMicros = v; return this; }
        public Builder loopThreshold(int v) { this.loopThreshold = v; return this; }
        public Builder userDailyBudgetMicros(long v) { this.userDailyBudgetMicros = v; return this; }
        public Builder monthlyBudgetMicros(long v) { this.monthlyBudgetMicros = v; return this; }
        public Builder warnShare(double v) { this.warnShare = v; return this; }

        /** @throws IllegalArgumentException naming the first invalid value */
        public GuardSettings build() {
            return new GuardSettings(executionBudgetMicros, dailyBudgetMicros, loopThreshold, userDailyBudgetMicros,
                    monthlyBudgetMicros, warnShare);
        }
    }
}
