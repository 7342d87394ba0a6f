package io.breakerboard.demo;

import java.util.List;

/**
 * Deliberately bad lines for the mixed sample file, one per mistake people make when writing canonical logs by
 * hand or with a buggy exporter. Each comment names the reason the import reports.
 */
final class BrokenLines {
    private BrokenLines() {
    }

    /** Bad lines; {@code cut} is a valid line to truncate into a half-written last line of a crashed writer. */
    static List<String> lines(String cut) {
        return List.of(
                // invalid JSON: the writer died mid-line
                cut.substring(0, Math.min(cut.length(), 90)),
                // missing field 'execution_id'
                "{\"agent\":\"incident-triage\",\"started_at\":\"2024-10-15T10:00:00Z\",\"outcome\":\"success\"}",
                // field 'started_at': not a timestamp
                "{\"execution_id\":\"bad-time-1\",\"agent\":\"fraud-scorer\",\"started_at\":\"15/10/2024 10:00\",\"outcome\":\"success\"}",
                // field 'outcome': not success, failure or partial
                "{\"execution_id\":\"bad-outcome-1\",\"agent\":\"approval-bot\",\"started_at\":\"2024-10-15T11:00:00Z\",\"outcome\":\"done\"}",
                // field 'input_tokens': not a whole number
                "{\"execution_id\":\"bad-tokens-1\",\"agent\":\"code-reviewer\",\"started_at\":\"2024-10-15T12:00:00Z\",\"input_tokens\":\"many\"}",
                // not an object
                "[\"execution_id\",\"started_at\"]",
                // not JSON at all: a stack trace line that ended up in the log
                "Exception in thread \"main\" java.lang.IllegalStateException: writer closed");
    }
}
