package io.breakerboard.ingest.format;

import io.breakerboard.csv.CsvCells;
import io.breakerboard.ingest.ContentKey;
import io.breakerboard.ingest.Durations;
import io.breakerboard.ingest.Timestamps;
import io.breakerboard.model.ErrorKind;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Reads one CSV row into an execution through the roles of its header. Empty cells are absent values; a row
 * without an id column is keyed by a hash of its cells. Cells our exporter guarded against formula injection
 * are restored ({@link CsvCells#restore}).
 */
final class CsvRowReader {
    private final CsvHeader header;

    CsvRowReader(CsvHeader header) {
        this.header = header;
    }

    Execution read(String[] cells, String raw) throws RecordProblem {
        String key = cell(cells, CsvRole.KEY);
        String started = cell(cells, CsvRole.STARTED_AT);
        if (started == null) {
            throw column(CsvRole.STARTED_AT, "no time in this row");
        }
        Instant start = time(started, CsvRole.STARTED_AT);
        Execution.Builder b = Execution.builder(key != null ? key : ContentKey.of(raw)).startedAt(start)
                .agent(cell(cells, CsvRole.AGENT)).task(cell(cells, CsvRole.TASK)).model(cell(cells, CsvRole.MODEL))
                .errorMessage(cell(cells, CsvRole.ERROR)).userId(cell(cells, CsvRole.USER_ID))
                .sessionId(cell(cells, CsvRole.SESSION_ID))
                .pattern(cell(cells, CsvRole.PATTERN)).duration(duration(cells, start));
        String outcome = cell(cells, CsvRole.OUTCOME);
        if (outcome != null) {
            b.outcome(outcome(outcome));
        }
        String kind = cell(cells, CsvRole.ERROR_KIND);
        if (kind != null) {
            b.errorKind(ErrorKind.parse(kind));
        }
        String tokens = cell(cells, CsvRole.TOKENS);
        if (tokens != null) {
            b.inputTokens(whole(tokens, CsvRole.TOKENS));
        }
        String in = cell(cells, CsvRole.INPUT_TOKENS);
        if (in != null) {
            b.inputTokens(whole(in, CsvRole.INPUT_TOKENS));
        }
        String out = cell(cells, CsvRole.OUTPUT_TOKENS);
        if (out != null) {
            b.outputTokens(whole(out, CsvRole.OUTPUT_TOKENS));
        }
        String cost = cell(cells, CsvRole.COST_USD);
        if (cost != null) {
            try {
                b.costMicros(JsonValues.micros(cost, header.name(CsvRole.COST_USD)));
            } catch (RecordProblem e) {
                throw column(CsvRole.COST_USD, "expected a dollar amount, found '" + cost + "'");
            }
        }
        b.retries(count(cells, CsvRole.RETRIES)).iterations(count(cells, CsvRole.ITERATIONS));
        if (cell(cells, CsvRole.TOOL_CALLS) != null) {
            b.toolCalls(count(cells, CsvRole.TOOL_CALLS));
        }
        if (cell(cells, CsvRole.TOOL_FAILURES) != null) {
            b.toolFailures(count(cells, CsvRole.TOOL_FAILURES));
        }
        return b.build();
    }

    private Duration duration(String[] cells, Instant start) throws RecordProblem {
        try {
            String ms = cell(cells, CsvRole.DURATION_MS);
            if (ms != null) {
                return Durations.parse(ms, 1);
            }
            String s = cell(cells, CsvRole.DURATION_S);
            if (s != null) {
                return Durations.parse(s, 1000);
            }
            String d = cell(cells, CsvRole.DURATION);
            if (d != null) {
                return Durations.parse(d, 1);
            }
        } catch (IllegalArgumentException e) {
            CsvRole role = header.has(CsvRole.DURATION_MS) ? CsvRole.DURATION_MS
                    : header.has(CsvRole.DURATION_S) ? CsvRole.DURATION_S : CsvRole.DURATION;
            throw column(role, e.getMessage());
        }
        String end = cell(cells, CsvRole.ENDED_AT);
        return end == null ? null : Duration.between(start, time(end, CsvRole.ENDED_AT));
    }

    private Instant time(String text, CsvRole role) throws RecordProblem {
        try {
            return Timestamps.parse(text);
        } catch (IllegalArgumentException e) {
            throw column(role, e.getMessage() + "; use ISO-8601 such as 2024-10-15T14:23:01Z");
        }
    }

    private Outcome outcome(String text) throws RecordProblem {
        switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "success": case "succeeded": case "ok": case "true": case "completed": case "passed": case "pass":
                return Outcome.SUCCESS;
            case "failure": case "failed": case "fail": case "error": case "false":
                return Outcome.FAILURE;
            case "partial": case "incomplete": case "stopped":
                return Outcome.PARTIAL;
            default:
                throw column(CsvRole.OUTCOME, "'" + text + "' is not an outcome; use success, failure or partial");
        }
    }

    private long whole(String text, CsvRole role) throws RecordProblem {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw column(role, "expected a whole number, found '" + text + "'");
        }
    }

    private int count(String[] cells, CsvRole role) throws RecordProblem {
        String v = cell(cells, role);
        if (v == null) {
            return 0;
        }
        long n = whole(v, role);
        if (n < 0 || n > Integer.MAX_VALUE) {
            throw column(role, "expected a count, found '" + v + "'");
        }
        return (int) n;
    }

    private String cell(String[] cells, CsvRole role) {
        int i = header.index(role);
        if (i < 0 || i >= cells.length) {
            return null;
        }
        String v = cells[i];
        return v == null || v.isEmpty() ? null : CsvCells.restore(v);
    }

    private RecordProblem column(CsvRole role, String why) {
        return new RecordProblem("column '" + header.name(role) + "': " + why);
    }
}
