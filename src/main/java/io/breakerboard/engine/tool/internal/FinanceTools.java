package io.breakerboard.engine.tool.internal;

import io.breakerboard.engine.sim.Task;
import io.breakerboard.engine.sim.internal.LatencyModel;
import io.breakerboard.engine.tool.Permission;
import io.breakerboard.engine.tool.Tool;
import io.breakerboard.engine.tool.ToolOutput;
import io.breakerboard.engine.tool.ToolPrice;
import io.breakerboard.engine.tool.ToolSpec;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Simulated tools of accounts payable. Reconciling writes to the ledger; approving pays out money. Reading a scan
 * and scoring fraud are external APIs billed per call.
 */
public final class FinanceTools {
    private static final String INVOICE_ID = "INV-\\d{6}";

    private FinanceTools() {
    }

    public static List<Tool> all() {
        return List.of(
                new SimulatedTool(new ToolSpec("validate_invoice", "Checks an invoice's required fields and totals",
                        Permission.READ, true, ArgSchema.builder().arg("invoice_id", ArgRule.matching(INVOICE_ID))
                        .arg("amount", ArgRule.decimal()).arg("currency", ArgRule.oneOf("USD", "EUR", "GBP")).build(),
                        LatencyModel.of(150, 0.4), new FailureProfile(0.01, 0.005, 0.005), null), FinanceTools::validate),
                new SimulatedTool(new ToolSpec("extract_invoice_fields", "Reads vendor, lines and totals from the scan",
                        Permission.READ, true, ArgSchema.builder().arg("invoice_id", ArgRule.matching(INVOICE_ID)).build(),
                        LatencyModel.of(900, 0.6), new FailureProfile(0.03, 0.01, 0.01), null, "1",
                        ToolPrice.usd("document-ai", 0.015)), FinanceTools::extract),
                new SimulatedTool(new ToolSpec("score_fraud", "Fraud risk score of an invoice",
                        Permission.READ, true, ArgSchema.builder().arg("invoice_id", ArgRule.matching(INVOICE_ID))
                        .arg("vendor", ArgRule.text(true)).arg("amount", ArgRule.decimal()).build(),
                        LatencyModel.of(300, 0.5), new FailureProfile(0.02, 0.005, 0.0), null, "1",
                        ToolPrice.usd("fraud-scoring", 0.01)), FinanceTools::fraud),
                new SimulatedTool(new ToolSpec("reconcile_ledger", "Matches the invoice to its purchase order and books it",
                        Permission.WRITE, false, ArgSchema.builder().arg("invoice_id", ArgRule.matching(INVOICE_ID))
                        .arg("amount", ArgRule.decimal()).build(),
                        LatencyModel.of(500, 0.5), new FailureProfile(0.015, 0.005, 0.005), null), FinanceTools::reconcile),
                new SimulatedTool(new ToolSpec("approve_payment", "Releases payment of an invoice",
                        Permission.ADMIN, false, ArgSchema.builder().arg("invoice_id", ArgRule.matching(INVOICE_ID))
                        .arg("amount", ArgRule.decimal()).build(),
                        LatencyModel.of(400, 0.4), new FailureProfile(0.01, 0.005, 0.0), null), FinanceTools::approve));
    }

    private static ToolOutput validate(ToolCall c, Task t, RandomGenerator r) {
        return ToolOutput.of(c.args().get("invoice_id") + ": all required fields present, totals add up");
    }

    private static ToolOutput extract(ToolCall c, Task t, RandomGenerator r) {
        return ToolOutput.of("vendor=" + t.fact("vendor") + "; amount=" + t.fact("amount") + " " + t.fact("currency")
                + "; lines=" + (1 + r.nextInt(12)) + "; po=PO-" + (10_000 + r.nextInt(90_000)));
    }

    private static ToolOutput fraud(ToolCall c, Task t, RandomGenerator r) {
        boolean fraud = Boolean.parseBoolean(t.fact("fraud"));
        double score = fraud ? 0.82 + r.nextDouble() * 0.17 : r.nextDouble() * 0.3;
        return new ToolOutput(String.format("fraud score %.2f (%s)", score, fraud ? "high: bank account changed last week"
                : "low"), fraud ? t.rootCause() : null);
    }

    private static ToolOutput reconcile(ToolCall c, Task t, RandomGenerator r) {
        boolean match = t.fact("ledger").equals("match");
        return new ToolOutput(match ? "matched to purchase order, booked as entry JE-" + (100_000 + r.nextInt(900_000))
                : "no purchase order matches amount " + c.args().get("amount"), match ? null : t.rootCause());
    }

    private static ToolOutput approve(ToolCall c, Task t, RandomGenerator r) {
        return ToolOutput.of("payment of " + c.args().get("amount") + " for " + c.args().get("invoice_id")
                + " released, batch PAY-" + (1_000 + r.nextInt(9_000)));
    }
}
