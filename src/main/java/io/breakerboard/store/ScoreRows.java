package io.breakerboard.store;

import io.breakerboard.model.Execution;
import io.breakerboard.model.Score;
import io.breakerboard.model.ScoreSource;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps an execution's scores to and from rows of {@code execution_scores} (V13), the same on H2 and PostgreSQL.
 * Scores are written and replaced together with their execution's steps, in the writer's transaction.
 */
final class ScoreRows {
    static final int MAX_LABEL = 1_000;
    static final int MAX_COMMENT = 4_000;
    private static final String COLUMNS = "execution_id, idx, name, numeric_value, label, flag, source, comment_text,"
            + " scored_at_us";
    private static final String INSERT = "INSERT INTO execution_scores (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String SELECT = "SELECT " + COLUMNS + " FROM execution_scores WHERE execution_id = ANY(?)"
            + " ORDER BY execution_id, idx";

    private ScoreRows() {
    }

    /** Inserts the scores of {@code executions}, the i-th stored under {@code ids.get(i)}. */
    static void insert(Connection c, List<Long> ids, List<Execution> executions) throws SQLException {
        boolean any = false;
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            for (int i = 0; i < ids.size(); i++) {
                List<Score> scores = executions.get(i).scores();
                for (int idx = 0; idx < scores.size(); idx++) {
                    bind(ps, ids.get(i), idx, scores.get(idx));
                    ps.addBatch();
                    any = true;
                }
            }
            if (any) {
                ps.executeBatch();
            }
        }
    }

    /** Inserts the scores of executions stored under consecutive ids from {@code firstId}. */
    static void insertFrom(Connection c, long firstId, List<Execution> executions) throws SQLException {
        List<Long> ids = new ArrayList<>(executions.size());
        for (int i = 0; i < executions.size(); i++) {
            ids.add(firstId + i);
        }
        insert(c, ids, executions);
    }

    /** Deletes the scores stored under {@code ids}, before an updated execution's scores take their place. */
    static void delete(Connection c, List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM execution_scores WHERE execution_id = ANY(?)")) {
            ps.setArray(1, array(c, ids.stream().mapToLong(Long::longValue).toArray()));
            ps.executeUpdate();
        }
    }

    /** The scores of each id that has any, in their stored order; ids without scores are absent. */
    static Map<Long, List<Score>> of(Connection c, long[] ids) throws SQLException {
        Map<Long, List<Score>> scores = new HashMap<>();
        if (ids.length == 0) {
            return scores;
        }
        try (PreparedStatement ps = c.prepareStatement(SELECT)) {
            ps.setArray(1, array(c, ids));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    scores.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(read(rs));
                }
            }
        }
        return scores;
    }

    /** The scores stored under one id. */
    static List<Score> of(Connection c, long id) throws SQLException {
        return of(c, new long[] {id}).getOrDefault(id, List.of());
    }

    /** {@code rows} with the scores each has attached. */
    static List<ExecutionPages.Row> attach(Connection c, List<ExecutionPages.Row> rows) throws SQLException {
        Map<Long, List<Score>> scores = of(c, rows.stream().mapToLong(ExecutionPages.Row::id).toArray());
        if (scores.isEmpty()) {
            return rows;
        }
        List<ExecutionPages.Row> scored = new ArrayList<>(rows.size());
        for (ExecutionPages.Row r : rows) {
            List<Score> s = scores.get(r.id());
            scored.add(s == null ? r : new ExecutionPages.Row(r.id(), r.execution().withScores(s)));
        }
        return scored;
    }

    private static void bind(PreparedStatement ps, long executionId, int idx, Score s) throws SQLException {
        ps.setLong(1, executionId);
        ps.setInt(2, idx);
        ps.setString(3, s.name());
        if (s.value() == null) {
            ps.setNull(4, Types.DOUBLE);
        } else {
            ps.setDouble(4, s.value());
        }
        ps.setString(5, cut(s.label(), MAX_LABEL));
        if (s.flag() == null) {
            ps.setNull(6, Types.BOOLEAN);
        } else {
            ps.setBoolean(6, s.flag());
        }
        ps.setString(7, s.source().name());
        ps.setString(8, cut(s.comment(), MAX_COMMENT));
        if (s.at() == null) {
            ps.setNull(9, Types.BIGINT);
        } else {
            ps.setLong(9, ExecutionBlock.micros(s.at()));
        }
    }

    private static Score read(ResultSet rs) throws SQLException {
        double v = rs.getDouble(4);
        Double value = rs.wasNull() ? null : v;
        boolean f = rs.getBoolean(6);
        Boolean flag = rs.wasNull() ? null : f;
        long at = rs.getLong(9);
        Instant when = rs.wasNull() ? null : ExecutionBlock.instant(at);
        return new Score(rs.getString(3), value, rs.getString(5), flag, ScoreSource.parse(rs.getString(7)),
                rs.getString(8), when);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static Array array(Connection c, long[] ids) throws SQLException {
        Long[] boxed = new Long[ids.length];
        for (int i = 0; i < ids.length; i++) {
            boxed[i] = ids[i];
        }
        return c.createArrayOf("BIGINT", boxed);
    }
}
