package io.breakerboard.csv;

import io.breakerboard.model.Execution;
import java.util.List;
import java.util.Locale;

/**
 * The executions export: one row per execution, steps left out (their count is in {@code steps}). The
 * {@code csv} import format reads these columns back by name, in any order; {@code ended_at}, {@code steps},
 * {@code source} and {@code format} are there for people and are ignored on import.
 */
public final class ExecutionColumns {
    public static final String EXECUTION_ID = "execution_id";
    public static final String AGENT = "agent";
    public static final String TASK = "task";
    public static final String STARTED_AT = "started_at";
    public static final String ENDED_AT = "ended_at";
    public static final String DURATION_MS = "duration_ms";
    public static final String OUTCOME = "outcome";
    public static final String ERROR_KIND = "error_kind";
    public static final String ERROR = "error";
    public static final String MODEL = "model";
    public static final String INPUT_TOKENS = "input_tokens";
    public static final String OUTPUT_TOKENS = "output_tokens";
    public static final String COST_USD = "cost_usd";
    public static final String RETRIES = "retries";
    public static final String ITERATIONS = "iterations";
    public static final String TOOL_CALLS = "tool_calls";
    public static final String TOOL_FAILURES = "tool_failures";
    public static final String STEPS = "steps";
    public static final String USER_ID = "user_id";
    public static final String SESSION_ID = "session_id";
    public static final String PATTERN = "pattern";
    public static final String SOURCE = "source";
    public static final String FORMAT = "format";

    private static final List<CsvColumn<Execution>> COLUMNS = List.of(
            CsvColumn.text(EXECUTION_ID, Execution::key),
            CsvColumn.text(AGENT, Execution::agent),
            CsvColumn.text(TASK, Execution::task),
            CsvColumn.time(STARTED_AT, e -> CsvCells.time(e.startedAt())),
            CsvColumn.time(ENDED_AT, e -> CsvCells.time(e.endedAt())),
            CsvColumn.number(DURATION_MS, e -> CsvCells.millis(e.duration())),
            CsvColumn.text(OUTCOME, e -> e.outcome().name().toLowerCase(Locale.ROOT)),
            CsvColumn.text(ERROR_KIND, e -> e.errorKind() == null ? null : e.errorKind().name()),
            CsvColumn.text(ERROR, Execution::errorMessage),
            CsvColumn.text(MODEL, Execution::model),
            CsvColumn.number(INPUT_TOKENS, e -> Long.toString(e.inputTokens())),
            CsvColumn.number(OUTPUT_TOKENS, e -> Long.toString(e.outputTokens())),
            CsvColumn.number(COST_USD, e -> CsvCells.usd(e.costMicros())),
            CsvColumn.number(RETRIES, e -> Integer.toString(e.retries())),
            CsvColumn.number(ITERATIONS, e -> Integer.toString(e.iterations())),
            CsvColumn.number(TOOL_CALLS, e -> Integer.toString(e.toolCalls())),
            CsvColumn.number(TOOL_FAILURES, e -> Integer.toString(e.toolFailures())),
            CsvColumn.number(STEPS, e -> Integer.toString(e.stepCount())),
            CsvColumn.text(USER_ID, Execution::userId),
            CsvColumn.text(SESSION_ID, Execution::sessionId),
            CsvColumn.text(PATTERN, Execution::pattern),
            CsvColumn.text(SOURCE, Execution::source),
            CsvColumn.text(FORMAT, Execution::format));

    private ExecutionColumns() {
    }

    public static List<CsvColumn<Execution>> all() {
        return COLUMNS;
    }

    /** The header names, in the order they are written. */
    public static List<String> names() {
        return COLUMNS.stream().map(CsvColumn::name).toList();
    }
}
