package io.breakerboard.store;

import io.breakerboard.model.Execution;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/** Binds an execution to the row of a team store's {@code executions} table (one row each, decision 0028). */
final class PostgresRows {
    /** The columns written for an execution, in the order {@link #bind} sets them. */
    static final String WRITTEN = "exec_key, agent, task, started_at, duration_us, outcome, error_kind, error_message,"
            + " model, input_tokens, output_tokens, cost_micros, retries, iterations, tool_calls, tool_failures,"
            + " user_id, session_id, source, format, imported_at, fingerprint, change_seq, pattern";
    static final int WRITTEN_COUNT = 24;
    static final String INSERT = "INSERT INTO executions (" + WRITTEN + ") VALUES ("
            + "?, ".repeat(WRITTEN_COUNT - 1) + "?) ON CONFLICT (exec_key) DO NOTHING";
    static final String REPLACE = "UPDATE executions SET (" + WRITTEN + ", version, prev_agent, prev_started_at) = ("
            + "?, ".repeat(WRITTEN_COUNT) + "version + 1, ?, ?) WHERE id = ?";

    private PostgresRows() {
    }

    /** Sets parameters 1 to {@link #WRITTEN_COUNT}. */
    static void bind(PreparedStatement ps, Execution e, long importedAtMicros, long fingerprint, long changeSeq)
            throws SQLException {
        ps.setString(1, e.key());
        ps.setString(2, e.agent());
        ps.setString(3, e.task());
        ps.setObject(4, ExecutionRows.toTimestamp(e.startedAt()));
        ps.setLong(5, e.durationMicros());
        ps.setString(6, e.outcome().name());
        ps.setString(7, e.errorKind() == null ? null : e.errorKind().name());
        ps.setString(8, e.errorMessage());
        ps.setString(9, e.model());
        ps.setLong(10, e.inputTokens());
        ps.setLong(11, e.outputTokens());
        ps.setLong(12, e.costMicros());
        ps.setInt(13, e.retries());
        ps.setInt(14, e.iterations());
        ps.setInt(15, e.toolCalls());
        ps.setInt(16, e.toolFailures());
        ps.setString(17, e.userId());
        ps.setString(18, e.sessionId());
        ps.setString(19, e.source());
        ps.setString(20, e.format());
        ps.setObject(21, ExecutionRows.toTimestamp(ExecutionBlock.instant(importedAtMicros)));
        ps.setLong(22, fingerprint);
        ps.setLong(23, changeSeq);
        ps.setString(24, e.pattern());
    }

    static void bindPrevious(PreparedStatement ps, int first, Execution previous) throws SQLException {
        ps.setString(first, previous.agent());
        if (previous.startedAt() == null) {
            ps.setNull(first + 1, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            ps.setObject(first + 1, ExecutionRows.toTimestamp(previous.startedAt()));
        }
    }
}
