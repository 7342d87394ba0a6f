package io.breakerboard.engine.agent.internal;

import io.breakerboard.engine.guard.internal.CostBudget;
import io.breakerboard.engine.guard.internal.GuardStop;
import io.breakerboard.engine.guard.internal.Reservation;
import io.breakerboard.engine.llm.PriceTable;
import io.breakerboard.engine.llm.internal.ModelRequest;
import io.breakerboard.engine.llm.internal.ModelResponse;
import io.breakerboard.engine.reliability.Attempt;
import io.breakerboard.engine.reliability.AttemptRecord;
import io.breakerboard.engine.reliability.CallFailure;
import io.breakerboard.engine.reliability.CallSite;
import io.breakerboard.engine.reliability.FailureType;
import io.breakerboard.engine.reliability.Usage;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The attempts of one model call (one model, retries included) under a hard budget: each attempt reserves its
 * worst case before it is made, and is billed at most that: the request's input tokens and at most
 * {@link #maxOutputTokens} output tokens (the reply is cut there, as a provider's {@code max_tokens} cuts it),
 * at the price table's price. A retry the budget cannot cover is refused as {@link FailureType#BUDGET_EXCEEDED}.
 */
final class BudgetedAttempts {
    private final ModelRequest request;
    private final CostBudget budget;
    private final long worstCase;
    private final Map<Integer, Reservation> held = new HashMap<>();
    private GuardStop refused;

    BudgetedAttempts(ModelRequest request, CostBudget budget, PriceTable prices) {
        this.request = request;
        this.budget = budget;
        this.worstCase = prices.cost(request.model(), request.inputTokens(), maxOutputTokens(request));
    }

    static long maxOutputTokens(ModelRequest request) {
        return request.maxOutputTokens();
    }

    /**
     * Reserves the first attempt now, before anything reaches the reliability layers.
     *
     * @throws GuardStop when the budget cannot cover it
     */
    BudgetedAttempts reserveFirst() {
        held.put(1, budget.reserve(worstCase));
        return this;
    }

    /** Wraps the attempts of the call: from the second on, each reserves before it is made. */
    Function<CallSite, Attempt<ModelResponse>> around(Function<CallSite, Attempt<ModelResponse>> attempt) {
        return s -> {
            if (!held.containsKey(s.attempt())) {
                try {
                    held.put(s.attempt(), budget.reserve(worstCase));
                } catch (GuardStop g) {
                    refused = g;
                    return Attempt.failed(new CallFailure(FailureType.BUDGET_EXCEEDED, g.getMessage()), Duration.ZERO);
                }
            }
            return attempt.apply(s);
        };
    }

    /** What an attempt is billed: its reported usage, cut to the request's ceiling; nothing when it was not sent. */
    Usage billed(AttemptRecord a) {
        Reservation r = held.get(a.number());
        Usage u = a.usage();
        if (r == null) {
            return Usage.NONE;
        }
        long out = Math.min(u.outputTokens(), maxOutputTokens(request));
        return new Usage(Math.min(u.inputTokens(), request.inputTokens()), out, Math.min(u.costMicros(), r.micros()));
    }

    /** True when the reported usage was more than the ceiling and was cut. */
    boolean capped(AttemptRecord a) {
        return !billed(a).equals(a.usage()) && held.containsKey(a.number());
    }

    /** Settles every reservation with its attempt's bill; an attempt that never happened is billed nothing. */
    long settle(Iterable<AttemptRecord> attempts) {
        long total = 0;
        for (AttemptRecord a : attempts) {
            long bill = billed(a).costMicros();
            Reservation r = held.remove(a.number());
            if (r != null) {
                total += budget.settle(r, bill);
            }
        }
        held.values().forEach(r -> budget.settle(r, 0));
        held.clear();
        return total;
    }

    /** The call ended without results (the engine closing): held money is booked at its worst case. */
    void abandon() {
        held.values().forEach(r -> budget.settle(r, r.micros()));
        held.clear();
    }

    /** The budget stop that refused a retry, if one did. */
    GuardStop refused() {
        return refused;
    }
}
