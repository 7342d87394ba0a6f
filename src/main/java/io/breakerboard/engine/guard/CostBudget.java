package io.breakerboard.engine.guard;

import io.breakerboard.model.ErrorKind;
import io.breakerboard.model.Money;
import io.breakerboard.model.Outcome;

/**
 * Spend of one execution against its budget and the engine's daily budget. A call whose estimated cost would
 * cross either limit is not made: the execution stops with a partial answer.
 */
public final class CostBudget {
    public static final String NAME = "cost-budget";

    private final long executionLimit;
    private final long dailyLimit;
    private final DailySpend daily;
    private long spent;

    public CostBudget(GuardSettings settings, DailySpend daily) {
        this.executionLimit = settings.executionBudgetMicros();
        this.dailyLimit = settings.dailyBudgetMicros();
        this.daily = daily;
    }

    /**
     * @throws GuardStop BUDGET_EXCEEDED when spending {@code estimateMicros} more would cross a limit
     */
    public void check(long estimateMicros) {
        if (spent + estimateMicros > executionLimit) {
            throw new GuardStop(NAME, ErrorKind.BUDGET_EXCEEDED, Outcome.PARTIAL, "execution budget of "
                    + Money.format(executionLimit) + " would be exceeded: spent " + Money.format(spent)
                    + ", next call costs about " + Money.format(estimateMicros));
        }
        long today = daily.spentToday();
        if (today + estimateMicros > dailyLimit) {
            throw new GuardStop(NAME, ErrorKind.BUDGET_EXCEEDED, Outcome.PARTIAL, "daily budget of "
                    + Money.format(dailyLimit) + " would be exceeded: spent today " + Money.format(today)
                    + ", next call costs about " + Money.format(estimateMicros));
        }
    }

    /** Records money actually spent. */
    public void charge(long micros) {
        spent += micros;
        daily.charge(micros);
    }

    /** Records money spent before a restart, already in the daily total of that run. */
    public void chargeReplayed(long micros) {
        spent += micros;
    }

    public long spent() {
        return spent;
    }
}
