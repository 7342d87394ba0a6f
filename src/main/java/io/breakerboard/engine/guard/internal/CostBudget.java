package io.breakerboard.engine.guard.internal;

import io.breakerboard.engine.guard.BudgetLine;
import io.breakerboard.model.ErrorKind;
import io.breakerboard.model.Money;
import io.breakerboard.model.Outcome;
import java.util.ArrayList;
import java.util.List;

/**
 * Spend of one execution against its own budget and the engine's shared ones ({@link SpendLedger}). Before a
 * model attempt its worst case is reserved; a call whose worst case would cross a limit is not made and the
 * execution stops with a partial answer. After the attempt the reservation is settled with the billed cost, which
 * never exceeds it, so no limit is ever passed, whatever the call turns out to cost. Used by one thread.
 */
public final class CostBudget {
    public static final String NAME = "cost-budget";

    private final long executionLimit;
    private final SpendLedger ledger;
    private final String userId;
    private long spent;
    private long reserved;
    private final List<BudgetLine> warnings = new ArrayList<>();

    public CostBudget(GuardSettings settings, SpendLedger ledger, String userId) {
        this.executionLimit = settings.executionBudgetMicros();
        this.ledger = ledger;
        this.userId = userId;
    }

    /**
     * Holds the worst case of the next attempt.
     *
     * @throws GuardStop BUDGET_EXCEEDED when it would cross the execution's or a shared limit
     */
    public Reservation reserve(long worstCaseMicros) {
        if (spent + reserved + worstCaseMicros > executionLimit) {
            throw new GuardStop(NAME, ErrorKind.BUDGET_EXCEEDED, Outcome.PARTIAL, "execution budget of "
                    + Money.format(executionLimit) + " would be exceeded: spent " + Money.format(spent)
                    + ", next call may cost up to " + Money.format(worstCaseMicros));
        }
        Reservation r = ledger.reserve(userId, worstCaseMicros);
        reserved += worstCaseMicros;
        return r;
    }

    /** Books what an attempt was billed, at most its reservation, and frees the rest. Returns what was booked. */
    public long settle(Reservation r, long billedMicros) {
        long billed = Math.max(0, Math.min(billedMicros, r.micros()));
        reserved -= r.micros();
        spent += billed;
        warnings.addAll(ledger.settle(r, billed));
        return billed;
    }

    /** Shared budgets this execution's spend brought to their warning share since the last call; then forgotten. */
    public List<BudgetLine> takeWarnings() {
        List<BudgetLine> out = List.copyOf(warnings);
        warnings.clear();
        return out;
    }

    /** Records money spent before a restart, already in the shared totals of that run. */
    public void chargeReplayed(long micros) {
        spent += micros;
    }

    public long spent() {
        return spent;
    }
}
