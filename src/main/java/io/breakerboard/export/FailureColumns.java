package io.breakerboard.export;

import io.breakerboard.csv.CsvCells;
import io.breakerboard.csv.CsvColumn;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Step;
import java.util.List;
import java.util.Locale;

/**
 * The failures export: one row per execution that did not succeed, with its error and the first step that
 * failed (empty when the execution was loaded without its steps).
 */
public final class FailureColumns {
    private static final List<CsvColumn<Execution>> COLUMNS = List.of(
            CsvColumn.text("execution_id", Execution::key),
            CsvColumn.text("agent", Execution::agent),
            CsvColumn.time("started_at", e -> CsvCells.time(e.startedAt())),
            CsvColumn.text("outcome", e -> e.outcome().name().toLowerCase(Locale.ROOT)),
            CsvColumn.text("error_kind", e -> e.errorKind() == null ? null : e.errorKind().name()),
            CsvColumn.text("error", Execution::errorMessage),
            CsvColumn.text("failed_step", e -> firstFailed(e) == null ? null : firstFailed(e).name()),
            CsvColumn.text("failed_step_kind", e -> firstFailed(e) == null ? null : firstFailed(e).kind().name()),
            CsvColumn.number("duration_ms", e -> CsvCells.millis(e.duration())),
            CsvColumn.number("cost_usd", e -> CsvCells.usd(e.costMicros())),
            CsvColumn.text("model", Execution::model),
            CsvColumn.number("retries", e -> Integer.toString(e.retries())),
            CsvColumn.number("iterations", e -> Integer.toString(e.iterations())),
            CsvColumn.number("tool_failures", e -> Integer.toString(e.toolFailures())),
            CsvColumn.text("user_id", Execution::userId),
            CsvColumn.text("session_id", Execution::sessionId),
            CsvColumn.text("source", Execution::source));

    private FailureColumns() {
    }

    public static List<CsvColumn<Execution>> all() {
        return COLUMNS;
    }

    private static Step firstFailed(Execution e) {
        for (Step s : e.steps()) {
            if (s.failed()) {
                return s;
            }
        }
        return null;
    }
}
