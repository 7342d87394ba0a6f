package io.breakerboard.demo;

import static io.breakerboard.demo.FailureMode.*;

import io.breakerboard.engine.tool.ToolPrice;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The eight demo agents. Failure rates and latencies are chosen to look like a real fleet: a fast, reliable
 * scorer, a rate-limited router, a research agent that overspends, a reconciler stuck behind slow banking APIs.
 * {@code {n}} in a text is replaced by a number.
 */
final class AgentCatalog {
    private AgentCatalog() {
    }

    static List<AgentProfile> agents() {
        return List.of(sreTriage(), invoiceValidator(), fraudScorer(), supportRouter(), codeReviewer(),
                researchAssistant(), reconciler(), approvalBot());
    }

    private static AgentProfile sreTriage() {
        return new AgentProfile("incident-triage", ListPrices.CLAUDE_SONNET, List.of(
                tool("search_logs", 850, 0.6, ToolPrice.FREE, List.of("{\"service\":\"checkout-api\",\"query\":\"level:error\",\"since\":\"15m\"}",
                        "{\"service\":\"payments-worker\",\"query\":\"timeout\",\"since\":\"30m\"}"),
                        List.of("214 matching lines; top error: upstream connect error (503)", "37 matching lines; all from pod payments-worker-7")),
                tool("query_metrics", 420, 0.5, ToolPrice.FREE, List.of("{\"metric\":\"http_server_duration_p95\",\"service\":\"checkout-api\"}"),
                        List.of("p95 rose from 310ms to 2.4s at 14:02", "error rate 4.1% over 10m")),
                tool("get_runbook", 90, 0.3, ToolPrice.FREE, List.of("{\"alert\":\"HighErrorRate\"}"), List.of("runbook RB-{n}: check upstream, then roll back")),
                tool("page_oncall", 300, 0.4, ToolPrice.FREE, List.of("{\"team\":\"payments\",\"severity\":\"P2\"}"), List.of("paged on-call, incident INC-{n} opened"))),
                List.of("Triage alert HighErrorRate on checkout-api (p95 > 2s)", "Investigate disk pressure on node ip-10-0-{n}-12",
                        "Summarise error spike in payments-worker since 14:00", "Check whether deploy #{n} caused the latency regression"),
                2, 4, 8, 14, failures(TOOL_ERROR, 0.06, TIMEOUT, 0.05, LOOP, 0.03, MAX_ITERATIONS, 0.02), 400_000, List.of());
    }

    private static AgentProfile invoiceValidator() {
        return new AgentProfile("invoice-validator", ListPrices.GPT_4O_MINI, List.of(
                tool("fetch_invoice", 180, 0.4, ToolPrice.FREE, List.of("{\"invoice_id\":\"INV-{n}\"}"), List.of("invoice INV-{n}: 14 line items, total 12,480.00 EUR")),
                tool("lookup_vendor", 120, 0.3, ToolPrice.FREE, List.of("{\"vendor_id\":\"V-{n}\"}"), List.of("vendor active, payment terms NET30")),
                tool("check_po_match", 250, 0.4, ToolPrice.FREE, List.of("{\"invoice_id\":\"INV-{n}\",\"po\":\"PO-{n}\"}"),
                        List.of("3-way match ok", "quantities match, unit price differs on line 4"))),
                List.of("Validate invoice INV-{n} against its purchase order", "Check vendor bank details on invoice INV-{n}",
                        "Validate credit note CN-{n}"),
                1, 2, 4, 20, failures(VALIDATION, 0.07, MALFORMED_RESPONSE, 0.04, TIMEOUT, 0.015), 50_000, List.of());
    }

    private static AgentProfile fraudScorer() {
        return new AgentProfile("fraud-scorer", ListPrices.GPT_4O_MINI, List.of(
                tool("get_transaction", 60, 0.3, ToolPrice.FREE, List.of("{\"txn_id\":\"T{n}\"}"), List.of("card-not-present, 249.00 USD, merchant MCC 5732")),
                tool("device_fingerprint", 140, 0.4, ToolPrice.FREE, List.of("{\"txn_id\":\"T{n}\"}"), List.of("device seen 12 times, no risk flags", "new device, VPN exit node")),
                tool("score_model", 35, 0.25, ToolPrice.FREE, List.of("{\"features\":42}"), List.of("risk score 0.07", "risk score 0.81"))),
                List.of("Score transaction T{n}", "Re-score flagged transaction T{n} after chargeback"),
                1, 1, 3, 22, failures(RATE_LIMIT, 0.015, TIMEOUT, 0.008), 20_000, List.of());
    }

    private static AgentProfile supportRouter() {
        return new AgentProfile("support-router", ListPrices.CLAUDE_HAIKU, List.of(
                tool("search_kb", 300, 0.5, ToolPrice.FREE, List.of("{\"query\":\"refund not received\"}", "{\"query\":\"reset two-factor\"}"),
                        List.of("5 articles, best match KB-{n} (0.91)")),
                tool("route_ticket", 80, 0.3, ToolPrice.FREE, List.of("{\"ticket\":\"TCK-{n}\",\"queue\":\"billing\"}"), List.of("routed to billing, priority normal"))),
                List.of("Route support ticket TCK-{n}", "Classify and route chat transcript CH-{n}"),
                1, 2, 4, 18, failures(RATE_LIMIT, 0.05, MALFORMED_RESPONSE, 0.04), 20_000, List.of());
    }

    private static AgentProfile codeReviewer() {
        return new AgentProfile("code-reviewer", ListPrices.CLAUDE_SONNET, List.of(
                tool("fetch_diff", 400, 0.5, ToolPrice.FREE, List.of("{\"repo\":\"web-app\",\"pr\":{n}}"), List.of("diff: 9 files, +412 -87")),
                tool("run_linter", 2500, 0.5, ToolPrice.FREE, List.of("{\"repo\":\"web-app\",\"pr\":{n}}"), List.of("2 warnings, 0 errors", "no findings")),
                tool("post_comment", 200, 0.3, ToolPrice.FREE, List.of("{\"pr\":{n},\"line\":118}"), List.of("comment posted"))),
                List.of("Review pull request #{n} in web-app", "Review dependency bump PR #{n}"),
                2, 3, 6, 8, failures(MALFORMED_RESPONSE, 0.07, TIMEOUT, 0.04, BUDGET_STOP, 0.03), 600_000, List.of());
    }

    private static AgentProfile researchAssistant() {
        return new AgentProfile("research-assistant", ListPrices.GPT_4O, List.of(
                tool("web_search", 1100, 0.5, ToolPrice.usd("web-search", 0.005), List.of("{\"q\":\"EU AI Act obligations for deployers\"}", "{\"q\":\"vector database benchmarks 2024\"}"),
                        List.of("10 results, 4 relevant")),
                tool("fetch_page", 900, 0.7, ToolPrice.FREE, List.of("{\"url\":\"https://example.org/report-{n}\"}"), List.of("fetched 18 KB, extracted 2,300 words")),
                tool("save_note", 60, 0.3, ToolPrice.FREE, List.of("{\"title\":\"finding {n}\"}"), List.of("note saved"))),
                List.of("Write a brief on EU AI Act obligations for deployers", "Compare three vector databases for 10M embeddings",
                        "Summarise recent papers on agent evaluation"),
                3, 6, 12, 6, failures(BUDGET_STOP, 0.08, MAX_ITERATIONS, 0.05, LOOP, 0.04, RATE_LIMIT, 0.04), 500_000,
                List.of("planner", "researcher", "writer"));
    }

    private static AgentProfile reconciler() {
        return new AgentProfile("reconciler", ListPrices.GEMINI_PRO, List.of(
                tool("query_ledger", 1400, 0.5, ToolPrice.FREE, List.of("{\"account\":\"1200\",\"date\":\"2024-10-{n}\"}"), List.of("1,842 ledger entries")),
                tool("fetch_bank_statement", 2200, 0.6, ToolPrice.FREE, List.of("{\"bank\":\"acme-bank\",\"account\":\"****{n}\"}"), List.of("1,839 statement lines")),
                tool("post_adjustment", 300, 0.3, ToolPrice.FREE, List.of("{\"entry\":\"ADJ-{n}\",\"amount\":\"-12.40\"}"), List.of("adjustment posted"))),
                List.of("Reconcile account 1200 for yesterday", "Match unreconciled card settlements batch B-{n}"),
                2, 3, 6, 7, failures(TIMEOUT, 0.08, TOOL_ERROR, 0.05), 200_000, List.of());
    }

    private static AgentProfile approvalBot() {
        return new AgentProfile("approval-bot", ListPrices.GPT_4O, List.of(
                tool("get_request", 100, 0.3, ToolPrice.FREE, List.of("{\"request\":\"PR-{n}\"}"), List.of("purchase request PR-{n}: 3,200.00 USD, cost centre 410")),
                tool("check_policy", 150, 0.3, ToolPrice.FREE, List.of("{\"request\":\"PR-{n}\",\"policy\":\"spend-2024\"}"), List.of("within delegated authority")),
                tool("approve_payment", 250, 0.4, ToolPrice.FREE, List.of("{\"request\":\"PR-{n}\"}"), List.of("approved, reference AP-{n}"))),
                List.of("Approve purchase request PR-{n}", "Decide on expense claim EC-{n}"),
                1, 2, 4, 5, failures(PERMISSION_DENIED, 0.06, VALIDATION, 0.03), 100_000, List.of());
    }

    private static ToolProfile tool(String name, long medianMs, double sigma, ToolPrice price, List<String> args,
                                    List<String> results) {
        return new ToolProfile(name, medianMs, sigma, price, args, results);
    }

    private static Map<FailureMode, Double> failures(Object... modeThenRate) {
        Map<FailureMode, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < modeThenRate.length; i += 2) {
            m.put((FailureMode) modeThenRate[i], (Double) modeThenRate[i + 1]);
        }
        return m;
    }
}
