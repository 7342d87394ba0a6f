package io.breakerboard.repository;

import io.breakerboard.engine.memory.CheckpointHeader;
import io.breakerboard.engine.memory.CheckpointStore;
import io.breakerboard.engine.memory.JournalEntry;
import io.breakerboard.engine.reliability.CallKind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * Checkpoints in the tables {@code engine_checkpoint} and {@code engine_checkpoint_call} of
 * {@code db/migration/V2__engine.sql} (and the {@code paused_at} column of {@code V10__checkpoint_paused.sql}). Needs only a {@link DataSource}; the schema must be migrated first.
 */
public final class JdbcCheckpointStore implements CheckpointStore {
    private static final List<String> HEADER_COLUMNS = List.of("execution_key", "agent", "instance_id", "pattern",
            "task_domain", "task_seed", "seed", "user_id", "session_id", "started_at");
    private static final List<String> CALL_COLUMNS = List.of("call_index", "phase", "call_kind", "target", "args_key",
            "idempotent", "ok", "error_kind", "output_text", "finding", "called_at", "latency_micros", "input_tokens",
            "output_tokens", "cost_micros", "attempts", "recovered_by");
    private static final List<String> KEYED_CALL_COLUMNS = Stream.concat(Stream.of("execution_key"),
            CALL_COLUMNS.stream()).toList();

    private final Jdbc jdbc;

    public JdbcCheckpointStore(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource, IllegalStateException::new);
    }

    @Override
    public void begin(CheckpointHeader h) {
        jdbc.call("write a checkpoint in engine_checkpoint", c -> Jdbc.update(c,
                jdbc.dialect(c).upsert("engine_checkpoint", HEADER_COLUMNS, List.of("execution_key")), ps -> {
                    ps.setString(1, h.executionKey());
                    ps.setString(2, h.agent());
                    ps.setString(3, h.instance());
                    ps.setString(4, h.pattern());
                    ps.setString(5, h.domain());
                    ps.setLong(6, h.taskSeed());
                    ps.setLong(7, h.seed());
                    ps.setString(8, h.userId());
                    ps.setString(9, h.sessionId());
                    SqlValues.setInstant(ps, 10, h.startedAt());
                }));
    }

    @Override
    public void record(String key, JournalEntry e) {
        jdbc.call("write a checkpoint in engine_checkpoint_call", c -> Jdbc.update(c, jdbc.dialect(c).upsert(
                "engine_checkpoint_call", KEYED_CALL_COLUMNS, List.of("execution_key", "call_index", "phase")), ps -> {
                    ps.setString(1, key);
                    ps.setInt(2, e.callIndex());
                    ps.setString(3, e.phase().name());
                    ps.setString(4, e.kind().name());
                    ps.setString(5, e.target());
                    ps.setString(6, e.argsKey());
                    ps.setBoolean(7, e.idempotent());
                    ps.setBoolean(8, e.ok());
                    ps.setString(9, e.errorKind());
                    SqlValues.setText(ps, 10, e.output(), 4000);
                    SqlValues.setText(ps, 11, e.finding(), 1000);
                    SqlValues.setInstant(ps, 12, e.at());
                    ps.setLong(13, e.latencyMicros());
                    ps.setLong(14, e.inputTokens());
                    ps.setLong(15, e.outputTokens());
                    ps.setLong(16, e.costMicros());
                    ps.setInt(17, e.attempts());
                    ps.setString(18, e.recoveredBy());
                }));
    }

    @Override
    public void pause(String key, Instant at) {
        jdbc.update("pause the checkpoint of " + key, "UPDATE engine_checkpoint SET paused_at = ? WHERE execution_key = ?",
                ps -> {
                    SqlValues.setInstant(ps, 1, at);
                    ps.setString(2, key);
                });
    }

    @Override
    public void resume(String key, Duration totalDowntime) {
        jdbc.update("resume the checkpoint of " + key,
                "UPDATE engine_checkpoint SET paused_at = NULL, downtime_micros = ? WHERE execution_key = ?", ps -> {
                    ps.setLong(1, totalDowntime.toNanos() / 1_000);
                    ps.setString(2, key);
                });
    }

    @Override
    public void finish(String key) {
        jdbc.update("delete the journal of " + key, "DELETE FROM engine_checkpoint_call WHERE execution_key = ?",
                ps -> ps.setString(1, key));
        jdbc.update("delete the checkpoint of " + key, "DELETE FROM engine_checkpoint WHERE execution_key = ?",
                ps -> ps.setString(1, key));
    }

    @Override
    public List<CheckpointHeader> unfinished() {
        return jdbc.list("list unfinished executions in engine_checkpoint", "SELECT " + String.join(", ", HEADER_COLUMNS)
                        + ", paused_at, downtime_micros FROM engine_checkpoint ORDER BY started_at, execution_key",
                Jdbc.Binder.NONE, rs -> new CheckpointHeader(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getLong(6), rs.getLong(7), rs.getString(8), rs.getString(9),
                        SqlValues.instant(rs, 10), SqlValues.instant(rs, 11), Duration.ofNanos(rs.getLong(12) * 1_000)));
    }

    @Override
    public List<JournalEntry> journal(String key) {
        return jdbc.list("read the journal of " + key + " in engine_checkpoint_call", "SELECT "
                        + String.join(", ", CALL_COLUMNS)
                        + " FROM engine_checkpoint_call WHERE execution_key = ? ORDER BY call_index, phase DESC",
                ps -> ps.setString(1, key), rs -> new JournalEntry(rs.getInt(1),
                        JournalEntry.Phase.valueOf(rs.getString(2)), CallKind.valueOf(rs.getString(3)), rs.getString(4),
                        rs.getString(5), rs.getBoolean(6), rs.getBoolean(7), rs.getString(8), rs.getString(9),
                        rs.getString(10), SqlValues.instant(rs, 11), rs.getLong(12), rs.getLong(13), rs.getLong(14),
                        rs.getLong(15), rs.getInt(16), rs.getString(17)));
    }
}
