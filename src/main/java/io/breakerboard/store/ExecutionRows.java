package io.breakerboard.store;

import io.breakerboard.model.ErrorKind;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Outcome;
import io.breakerboard.model.Step;
import io.breakerboard.model.StepKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps steps to and from their table rows, and reads executions stored one row each before they moved into blocks
 * ({@link LegacyExecutions}). Times are stored to the microsecond.
 */
final class ExecutionRows {
    /** The columns of table {@code executions}, where executions were stored before migration V7. */
    static final String EXECUTION_COLUMNS = "id, exec_key, agent, task, started_at, duration_us, outcome, error_kind,"
            + " error_message, model, input_tokens, output_tokens, cost_micros, retries, iterations, tool_calls,"
            + " tool_failures, user_id, session_id, source, format, imported_at, pattern";
    /** How many columns {@link #EXECUTION_COLUMNS} names: columns selected after them are numbered from one more. */
    static final int EXECUTION_COLUMN_COUNT = 23;
    static final String STEP_COLUMNS = "execution_id, idx, kind, name, at, duration_us, failed, error_kind, input,"
            + " output, input_tokens, output_tokens, cost_micros, attributes";
    static final String INSERT_STEP = "INSERT INTO steps (" + STEP_COLUMNS + ")"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private ExecutionRows() {
    }

    static void bindStep(PreparedStatement ps, long executionId, Step s) throws SQLException {
        ps.setLong(1, executionId);
        ps.setInt(2, s.index());
        ps.setString(3, s.kind().name());
        ps.setString(4, Text.fit(s.name()));
        if (s.at() == null) {
            ps.setNull(5, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            ps.setObject(5, toTimestamp(s.at()));
        }
        ps.setLong(6, s.duration().toNanos() / 1_000);
        ps.setBoolean(7, s.failed());
        ps.setString(8, s.errorKind() == null ? null : s.errorKind().name());
        ps.setString(9, Text.fit(s.input()));
        ps.setString(10, Text.fit(s.output()));
        ps.setLong(11, s.inputTokens());
        ps.setLong(12, s.outputTokens());
        ps.setLong(13, s.costMicros());
        ps.setString(14, Text.fit(StepJson.write(s.attributes())));
    }

    /** Reads an execution from a row selected with {@link #EXECUTION_COLUMNS}. */
    static Execution readExecution(ResultSet rs, List<Step> steps) throws SQLException {
        return new Execution(
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                toInstant(rs.getObject(5, OffsetDateTime.class)),
                micros(rs.getLong(6)),
                Outcome.valueOf(rs.getString(7)),
                ErrorKind.parse(rs.getString(8)),
                rs.getString(9),
                rs.getString(10),
                rs.getLong(11),
                rs.getLong(12),
                rs.getLong(13),
                rs.getInt(14),
                rs.getInt(15),
                rs.getInt(16),
                rs.getInt(17),
                rs.getString(18),
                rs.getString(19),
                rs.getString(20),
                rs.getString(21),
                steps,
                steps.size(),
                rs.getString(23));
    }

    /** The steps of one execution, in order. */
    static List<Step> steps(Connection c, long executionId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + STEP_COLUMNS
                + " FROM steps WHERE execution_id = ? ORDER BY idx")) {
            ps.setLong(1, executionId);
            List<Step> steps = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    steps.add(readStep(rs));
                }
            }
            return steps;
        }
    }

    /** Reads a step from a row selected with {@link #STEP_COLUMNS}. */
    static Step readStep(ResultSet rs) throws SQLException {
        return new Step(
                rs.getInt(2),
                StepKind.parse(rs.getString(3)),
                rs.getString(4),
                toInstant(rs.getObject(5, OffsetDateTime.class)),
                micros(rs.getLong(6)),
                rs.getBoolean(7),
                ErrorKind.parse(rs.getString(8)),
                rs.getString(9),
                rs.getString(10),
                rs.getLong(11),
                rs.getLong(12),
                rs.getLong(13),
                StepJson.read(rs.getString(14)));
    }

    static OffsetDateTime toTimestamp(Instant t) {
        return OffsetDateTime.ofInstant(t, ZoneOffset.UTC);
    }

    private static Instant toInstant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }

    private static Duration micros(long us) {
        return Duration.ofNanos(us * 1_000);
    }
}
