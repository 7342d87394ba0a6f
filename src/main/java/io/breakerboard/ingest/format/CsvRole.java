package io.breakerboard.ingest.format;

import io.breakerboard.csv.ExecutionColumns;
import java.util.List;

/**
 * What a CSV column means, with the header names that mean it (case and spaces do not matter). The first name
 * of each role is the one our executions export writes.
 */
enum CsvRole {
    KEY(ExecutionColumns.EXECUTION_ID, "id", "run_id", "trace_id", "key"),
    AGENT(ExecutionColumns.AGENT, "agent_name", "agent_id"),
    TASK(ExecutionColumns.TASK, "prompt", "input"),
    STARTED_AT(ExecutionColumns.STARTED_AT, "timestamp", "start_time", "started", "time", "created_at", "date"),
    ENDED_AT(ExecutionColumns.ENDED_AT, "end_time", "finished_at"),
    DURATION_MS(ExecutionColumns.DURATION_MS, "latency_ms", "elapsed_ms"),
    DURATION_S("duration_s", "duration_sec", "duration_seconds", "latency_s"),
    DURATION("duration", "latency", "elapsed"),
    OUTCOME(ExecutionColumns.OUTCOME, "status", "result", "success"),
    ERROR_KIND(ExecutionColumns.ERROR_KIND, "error_type"),
    ERROR(ExecutionColumns.ERROR, "error_message", "message"),
    MODEL(ExecutionColumns.MODEL, "model_name"),
    INPUT_TOKENS(ExecutionColumns.INPUT_TOKENS, "prompt_tokens"),
    OUTPUT_TOKENS(ExecutionColumns.OUTPUT_TOKENS, "completion_tokens"),
    TOKENS("tokens", "total_tokens"),
    COST_USD(ExecutionColumns.COST_USD, "cost", "total_cost", "total_cost_usd"),
    RETRIES(ExecutionColumns.RETRIES, "retry_count"),
    ITERATIONS(ExecutionColumns.ITERATIONS, "turns"),
    TOOL_CALLS(ExecutionColumns.TOOL_CALLS),
    TOOL_FAILURES(ExecutionColumns.TOOL_FAILURES, "tool_errors"),
    USER_ID(ExecutionColumns.USER_ID, "user"),
    SESSION_ID(ExecutionColumns.SESSION_ID, "session", "conversation_id"),
    PATTERN(ExecutionColumns.PATTERN, "orchestration", "orchestration_pattern");

    private final List<String> names;

    CsvRole(String... names) {
        this.names = List.of(names);
    }

    List<String> names() {
        return names;
    }

    /** Lower case, trimmed, spaces and dashes as underscores: {@code "Started At"} becomes {@code started_at}. */
    static String normalise(String header) {
        StringBuilder sb = new StringBuilder(header.length());
        String h = header.strip();
        if (h.length() >= 2 && h.charAt(0) == '"' && h.charAt(h.length() - 1) == '"') {
            h = h.substring(1, h.length() - 1).strip();
        }
        for (int i = 0; i < h.length(); i++) {
            char c = Character.toLowerCase(h.charAt(i));
            sb.append(c == ' ' || c == '-' ? '_' : c);
        }
        return sb.toString();
    }
}
