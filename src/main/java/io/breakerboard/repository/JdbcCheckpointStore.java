package io.breakerboard.repository;

import io.breakerboard.engine.call.CallKind;
import io.breakerboard.engine.checkpoint.CheckpointHeader;
import io.breakerboard.engine.checkpoint.CheckpointStore;
import io.breakerboard.engine.checkpoint.JournalEntry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Checkpoints in the tables {@code engine_checkpoint} and {@code engine_checkpoint_call} of
 * {@code db/migration/V2__engine.sql} (and the {@code paused_at} column of {@code V10__checkpoint_paused.sql}). Needs only a {@link DataSource}; the schema must be migrated first.
 */
public final class JdbcCheckpointStore implements CheckpointStore {
    private static final String CALL_COLUMNS = "call_index, phase, call_kind, target, args_key, idempotent, ok, "
            + "error_kind, output_text, finding, called_at, latency_micros, input_tokens, output_tokens, cost_micros, "
            + "attempts, recovered_by";

    private final DataSource dataSource;

    public JdbcCheckpointStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void begin(CheckpointHeader h) {
        String columns = "execution_key, agent, instance_id, pattern, task_domain, task_seed, seed, user_id, session_id,"
                + " started_at";
        String sql = "MERGE INTO engine_checkpoint (" + columns + ") KEY (execution_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        String postgres = "INSERT INTO engine_checkpoint (" + columns + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (execution_key) DO UPDATE SET agent = EXCLUDED.agent, instance_id = EXCLUDED.instance_id,"
                + " pattern = EXCLUDED.pattern, task_domain = EXCLUDED.task_domain, task_seed = EXCLUDED.task_seed,"
                + " seed = EXCLUDED.seed, user_id = EXCLUDED.user_id, session_id = EXCLUDED.session_id,"
                + " started_at = EXCLUDED.started_at";
        update(sql, postgres, ps -> {
            ps.setString(1, h.executionKey());
            ps.setString(2, h.agent());
            ps.setString(3, h.instance());
            ps.setString(4, h.pattern());
            ps.setString(5, h.domain());
            ps.setLong(6, h.taskSeed());
            ps.setLong(7, h.seed());
            ps.setString(8, h.userId());
            ps.setString(9, h.sessionId());
            ps.setTimestamp(10, Timestamp.from(h.startedAt()));
        });
    }

    @Override
    public void record(String key, JournalEntry e) {
        String values = " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        String sql = "MERGE INTO engine_checkpoint_call (execution_key, " + CALL_COLUMNS + ") KEY (execution_key, "
                + "call_index, phase)" + values;
        String postgres = "INSERT INTO engine_checkpoint_call (execution_key, " + CALL_COLUMNS + ")" + values
                + " ON CONFLICT (execution_key, call_index, phase) DO UPDATE SET call_kind = EXCLUDED.call_kind,"
                + " target = EXCLUDED.target, args_key = EXCLUDED.args_key, idempotent = EXCLUDED.idempotent,"
                + " ok = EXCLUDED.ok, error_kind = EXCLUDED.error_kind, output_text = EXCLUDED.output_text,"
                + " finding = EXCLUDED.finding, called_at = EXCLUDED.called_at, latency_micros = EXCLUDED.latency_micros,"
                + " input_tokens = EXCLUDED.input_tokens, output_tokens = EXCLUDED.output_tokens,"
                + " cost_micros = EXCLUDED.cost_micros, attempts = EXCLUDED.attempts, recovered_by = EXCLUDED.recovered_by";
        update(sql, postgres, ps -> {
            ps.setString(1, key);
            ps.setInt(2, e.callIndex());
            ps.setString(3, e.phase().name());
            ps.setString(4, e.kind().name());
            ps.setString(5, e.target());
            ps.setString(6, e.argsKey());
            ps.setBoolean(7, e.idempotent());
            ps.setBoolean(8, e.ok());
            ps.setString(9, e.errorKind());
            ps.setString(10, cut(e.output(), 4000));
            ps.setString(11, cut(e.finding(), 1000));
            ps.setTimestamp(12, Timestamp.from(e.at()));
            ps.setLong(13, e.latencyMicros());
            ps.setLong(14, e.inputTokens());
            ps.setLong(15, e.outputTokens());
            ps.setLong(16, e.costMicros());
            ps.setInt(17, e.attempts());
            if (e.recoveredBy() == null) {
                ps.setNull(18, Types.VARCHAR);
            } else {
                ps.setString(18, e.recoveredBy());
            }
        });
    }

    @Override
    public void pause(String key, Instant at) {
        update("UPDATE engine_checkpoint SET paused_at = ? WHERE execution_key = ?", ps -> {
            ps.setTimestamp(1, Timestamp.from(at));
            ps.setString(2, key);
        });
    }

    @Override
    public void resume(String key, java.time.Duration totalDowntime) {
        update("UPDATE engine_checkpoint SET paused_at = NULL, downtime_micros = ? WHERE execution_key = ?", ps -> {
            ps.setLong(1, totalDowntime.toNanos() / 1_000);
            ps.setString(2, key);
        });
    }

    @Override
    public void finish(String key) {
        update("DELETE FROM engine_checkpoint_call WHERE execution_key = ?", ps -> ps.setString(1, key));
        update("DELETE FROM engine_checkpoint WHERE execution_key = ?", ps -> ps.setString(1, key));
    }

    @Override
    public List<CheckpointHeader> unfinished() {
        String sql = "SELECT execution_key, agent, instance_id, pattern, task_domain, task_seed, seed, user_id, "
                + "session_id, started_at, paused_at, downtime_micros FROM engine_checkpoint ORDER BY started_at, execution_key";
        List<CheckpointHeader> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new CheckpointHeader(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getLong(6), rs.getLong(7), rs.getString(8), rs.getString(9),
                        rs.getTimestamp(10).toInstant(), rs.getTimestamp(11) == null ? null : rs.getTimestamp(11).toInstant(),
                        java.time.Duration.ofNanos(rs.getLong(12) * 1_000)));
            }
        } catch (SQLException e) {
            throw failure("list unfinished executions", e);
        }
        return out;
    }

    @Override
    public List<JournalEntry> journal(String key) {
        String sql = "SELECT " + CALL_COLUMNS + " FROM engine_checkpoint_call WHERE execution_key = ? "
                + "ORDER BY call_index, phase DESC";
        List<JournalEntry> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Instant at = rs.getTimestamp(11).toInstant();
                    out.add(new JournalEntry(rs.getInt(1), JournalEntry.Phase.valueOf(rs.getString(2)),
                            CallKind.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getBoolean(6),
                            rs.getBoolean(7), rs.getString(8), rs.getString(9), rs.getString(10), at, rs.getLong(12),
                            rs.getLong(13), rs.getLong(14), rs.getLong(15), rs.getInt(16), rs.getString(17)));
                }
            }
        } catch (SQLException e) {
            throw failure("read the journal of " + key, e);
        }
        return out;
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private void update(String sql, Binder binder) {
        update(sql, sql, binder);
    }

    // PostgreSQL (a team store) has no MERGE … KEY; the same upsert is written for it.
    private void update(String sql, String postgres, Binder binder) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "PostgreSQL".equals(c.getMetaData().getDatabaseProductName()) ? postgres : sql)) {
            binder.bind(ps);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw failure("write a checkpoint", e);
        }
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private static IllegalStateException failure(String what, SQLException e) {
        return new IllegalStateException("cannot " + what + " in engine_checkpoint: " + e.getMessage()
                + "; is the V2__engine.sql migration applied?", e);
    }
}
