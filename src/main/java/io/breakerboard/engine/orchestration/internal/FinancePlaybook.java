package io.breakerboard.engine.orchestration.internal;

import io.breakerboard.engine.sim.Task;
import io.breakerboard.engine.tool.internal.ToolCall;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The calls a sound invoice check makes, in order, for the patterns written for incidents (hierarchical,
 * iterative) when they are given an invoice: so one task suite can run through all five patterns.
 */
final class FinancePlaybook {
    /** Specialists of the hierarchical pattern on an invoice, in the order they are asked. */
    static final Map<String, Set<String>> SPECIALISTS = Map.of(
            "intake", Set.of("validate_invoice", "extract_invoice_fields"),
            "risk", Set.of("score_fraud"),
            "ledger", Set.of("reconcile_ledger"));
    static final List<String> ORDER = List.of("intake", "risk", "ledger");

    private FinancePlaybook() {
    }

    static List<ToolCall> plan(Task t) {
        String id = t.fact("invoice_id");
        String amount = t.fact("amount");
        return List.of(
                ToolCall.of("validate_invoice", "invoice_id", id, "amount", amount, "currency", t.fact("currency")),
                ToolCall.of("extract_invoice_fields", "invoice_id", id),
                ToolCall.of("score_fraud", "invoice_id", id, "vendor", t.fact("vendor"), "amount", amount),
                ToolCall.of("reconcile_ledger", "invoice_id", id, "amount", amount));
    }

    /**
     * The decision once the calls are made: reject on a finding, approve when every planned call was made and
     * nothing was found, otherwise null (no decision).
     */
    static PatternResult decide(Task t, boolean found, boolean planDone) {
        String id = t.fact("invoice_id");
        if (found) {
            return PatternResult.done("Reject " + id + ": " + t.rootCause(), t.rootCause());
        }
        if (planDone) {
            return PatternResult.done("Approve " + id + ": validated, fraud score low, reconciled with the ledger",
                    t.rootCause());
        }
        return null;
    }
}
