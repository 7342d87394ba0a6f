package io.breakerboard.ingest.format;

/** Field names of the canonical execution line, shared by its reader and writer (see docs/log-formats.md). */
final class CanonicalFields {
    static final String EXECUTION_ID = "execution_id";
    static final String AGENT = "agent";
    static final String TASK = "task";
    static final String STARTED_AT = "started_at";
    static final String DURATION_MS = "duration_ms";
    static final String OUTCOME = "outcome";
    static final String ERROR_KIND = "error_kind";
    static final String ERROR = "error";
    static final String MODEL = "model";
    static final String INPUT_TOKENS = "input_tokens";
    static final String OUTPUT_TOKENS = "output_tokens";
    static final String COST_USD = "cost_usd";
    static final String RETRIES = "retries";
    static final String ITERATIONS = "iterations";
    static final String TOOL_CALLS = "tool_calls";
    static final String TOOL_FAILURES = "tool_failures";
    static final String USER_ID = "user_id";
    static final String SESSION_ID = "session_id";
    static final String PATTERN = "pattern";
    static final String STEPS = "steps";
    static final String SCORES = "scores";

    static final String KIND = "kind";
    static final String NAME = "name";
    static final String AT = "at";
    static final String FAILED = "failed";
    static final String INPUT = "input";
    static final String OUTPUT = "output";
    static final String ATTRIBUTES = "attributes";

    static final String VALUE = "value";
    static final String LABEL = "label";
    static final String FLAG = "flag";
    static final String SOURCE = "source";
    static final String COMMENT = "comment";

    private CanonicalFields() {
    }
}
