package io.breakerboard.store;

import io.breakerboard.metrics.MetricsFilter;
import io.breakerboard.metrics.QualityFacts;
import io.breakerboard.metrics.RollupRecord;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Step;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import javax.sql.DataSource;

/**
 * The executions of a team store: one row each on a shared PostgreSQL server, written by many processes at once
 * (decision 0028). The database decides whether a key is stored (a unique constraint), and every write
 * transaction first locks the one row of {@code change_clock}: writers take turns, each change gets the next
 * number, and numbers become visible in order, which is what {@link SharedChanges} relies on. Reads need no lock.
 */
public final class PostgresExecutions implements ExecutionStore, SharedChanges {
    private static final String SELECT = "SELECT " + ExecutionRows.EXECUTION_COLUMNS + " FROM executions";
    private static final String LOCK_CLOCK = "SELECT last_seq FROM change_clock WHERE id = 1 FOR UPDATE";
    /** SQL states worth trying a chunk again for: unique violation (a writer that skipped the lock), deadlock, serialization. */
    private static final Set<String> RETRY_STATES = Set.of("23505", "40P01", "40001");
    private static final int ATTEMPTS = 3;

    private final DataSource dataSource;
    private final Clock clock;
    private final RollupRepository rollups;

    public PostgresExecutions(DataSource dataSource, Clock clock, RollupRepository rollups) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.rollups = rollups;
    }

    @Override
    public PreparedBatch prepare(List<Execution> batch) {
        // The block is only the carrier of the fingerprints and import times here; it is never packed.
        return PreparedBatch.split(batch, ExecutionBlock.micros(clock.instant()), ExecutionRepository.COMMIT_CHUNK,
                (executions, keys, block) -> new PreparedBatch.Chunk(executions, keys, new long[0], block, null));
    }

    @Override
    public InsertResult insertNew(PreparedBatch batch) {
        List<Execution> inserted = new ArrayList<>();
        List<InsertResult.Update> updated = new ArrayList<>();
        int duplicates = batch.repeats();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            for (PreparedBatch.Chunk chunk : batch.chunks()) {
                ChunkResult r = storeWithRetries(c, chunk);
                inserted.addAll(r.inserted());
                updated.addAll(r.updated());
                duplicates += r.duplicates();
            }
        } catch (SQLException e) {
            throw new StoreException("Could not store " + batch.chunks().stream().mapToInt(ch -> ch.executions().size()).sum()
                    + " executions in the team store: " + PostgresDatabase.rootMessage(e)
                    + ". The chunks committed before stay stored; importing the same files again adds only the rest.", e);
        }
        return new InsertResult(inserted, duplicates, updated);
    }

    private record ChunkResult(List<Execution> inserted, int duplicates, List<InsertResult.Update> updated) {
    }

    private record Stored(long id, Execution execution, long fingerprint) {
    }

    private static ChunkResult storeWithRetries(Connection c, PreparedBatch.Chunk chunk) throws SQLException {
        for (int attempt = 1; ; attempt++) {
            try {
                ChunkResult r = store(c, chunk);
                c.commit();
                return r;
            } catch (SQLException e) {
                rollbackQuietly(c);
                if (attempt >= ATTEMPTS || !RETRY_STATES.contains(e.getSQLState())) {
                    throw e;
                }
            }
        }
    }

    private static ChunkResult store(Connection c, PreparedBatch.Chunk chunk) throws SQLException {
        long seq;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(LOCK_CLOCK)) {
            if (!rs.next()) {
                throw new SQLException("change_clock has no row: the team store's schema is incomplete");
            }
            seq = rs.getLong(1);
        }
        Map<String, Stored> stored = stored(c, chunk.keys());
        long[] fingerprints = chunk.block().numbers(BlockColumn.FINGERPRINT);
        long[] imported = chunk.block().numbers(BlockColumn.IMPORTED_AT);
        List<Integer> fresh = new ArrayList<>();
        List<Integer> changed = new ArrayList<>();
        int duplicates = 0;
        for (int i = 0; i < chunk.keys().size(); i++) {
            Stored s = stored.get(chunk.keys().get(i));
            if (s == null) {
                fresh.add(i);
            } else if (s.fingerprint() != fingerprints[i]) {
                changed.add(i);
            } else {
                duplicates++;
            }
        }
        List<Execution> inserted = new ArrayList<>(fresh.size());
        List<Long> freshIds = new ArrayList<>(fresh.size());
        if (!fresh.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement(PostgresRows.INSERT, new String[] {"id"})) {
                for (int i : fresh) {
                    PostgresRows.bind(ps, chunk.executions().get(i), imported[i], fingerprints[i], ++seq);
                    ps.addBatch();
                }
                int[] counts = ps.executeBatch();
                for (int n : counts) {
                    if (n == 0) {
                        // Stored meanwhile by a writer that did not take the clock's lock: decide again.
                        throw new SQLException("a key of this chunk was stored meanwhile", "23505");
                    }
                }
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    while (keys.next()) {
                        freshIds.add(keys.getLong(1));
                    }
                }
            }
            for (int i : fresh) {
                inserted.add(chunk.executions().get(i));
            }
        }
        List<InsertResult.Update> updated = new ArrayList<>(changed.size());
        List<Long> changedIds = new ArrayList<>(changed.size());
        if (!changed.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement(PostgresRows.REPLACE)) {
                for (int i : changed) {
                    Stored s = stored.get(chunk.keys().get(i));
                    PostgresRows.bind(ps, chunk.executions().get(i), imported[i], fingerprints[i], ++seq);
                    PostgresRows.bindPrevious(ps, PostgresRows.WRITTEN_COUNT + 1, s.execution());
                    ps.setLong(PostgresRows.WRITTEN_COUNT + 3, s.id());
                    ps.addBatch();
                    changedIds.add(s.id());
                    updated.add(new InsertResult.Update(s.execution(), chunk.executions().get(i)));
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM steps WHERE execution_id = ANY(?)")) {
                ps.setArray(1, c.createArrayOf("BIGINT", changedIds.toArray()));
                ps.executeUpdate();
            }
            ScoreRows.delete(c, changedIds);
        }
        List<Long> stepIds = new ArrayList<>(freshIds);
        stepIds.addAll(changedIds);
        List<Execution> stepOwners = new ArrayList<>(inserted);
        for (int i : changed) {
            stepOwners.add(chunk.executions().get(i));
        }
        insertSteps(c, stepIds, stepOwners);
        ScoreRows.insert(c, stepIds, stepOwners);
        if (!stepIds.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement("UPDATE change_clock SET last_seq = ? WHERE id = 1")) {
                ps.setLong(1, seq);
                ps.executeUpdate();
            }
        }
        return new ChunkResult(inserted, duplicates, updated);
    }

    private static Map<String, Stored> stored(Connection c, List<String> keys) throws SQLException {
        Map<String, Stored> stored = new HashMap<>();
        if (keys.isEmpty()) {
            return stored;
        }
        try (PreparedStatement ps = c.prepareStatement(SELECT_WITH_FINGERPRINT)) {
            ps.setArray(1, c.createArrayOf("TEXT", keys.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Execution e = ExecutionRows.readExecution(rs, List.of());
                    stored.put(e.key(), new Stored(rs.getLong(1), e, rs.getLong(ExecutionRows.EXECUTION_COLUMN_COUNT + 1)));
                }
            }
        }
        return stored;
    }

    private static final String SELECT_WITH_FINGERPRINT = "SELECT " + ExecutionRows.EXECUTION_COLUMNS
            + ", fingerprint FROM executions WHERE exec_key = ANY(?)";

    private static void insertSteps(Connection c, List<Long> ids, List<Execution> executions) throws SQLException {
        boolean any = false;
        try (PreparedStatement ps = c.prepareStatement(ExecutionRows.INSERT_STEP)) {
            for (int i = 0; i < ids.size(); i++) {
                for (Step s : executions.get(i).steps()) {
                    ExecutionRows.bindStep(ps, ids.get(i), s);
                    ps.addBatch();
                    any = true;
                }
            }
            if (any) {
                ps.executeBatch();
            }
        }
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the connection is broken; the transaction is gone with it
        }
    }

    @Override
    public List<Execution> find(MetricsFilter filter, boolean failuresOnly, int limit) {
        return ExecutionPages.first(this::page, filter, failuresOnly, limit);
    }

    @Override
    public Iterable<Execution> scan(MetricsFilter filter, boolean failuresOnly) {
        return () -> new ExecutionPages(this::page, filter, failuresOnly);
    }

    // Newest first by start, then id: keyset paging on the (started_at) index, as the blocks do on H2.
    private List<ExecutionPages.Row> page(MetricsFilter filter, boolean failuresOnly, ExecutionPages.Row after, int size) {
        if (size <= 0) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder(SELECT).append(" WHERE started_at >= ? AND started_at < ?");
        if (!filter.agents().isEmpty()) {
            sql.append(" AND agent = ANY(?)");
        }
        if (!filter.patterns().isEmpty()) {
            sql.append(" AND pattern = ANY(?)");
        }
        if (failuresOnly) {
            sql.append(" AND outcome <> 'SUCCESS'");
        }
        if (after != null) {
            sql.append(" AND (started_at < ? OR (started_at = ? AND id < ?))");
        }
        sql.append(" ORDER BY started_at DESC, id DESC LIMIT ?");
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql.toString())) {
            int p = 1;
            ps.setObject(p++, at(ExecutionBlock.microsFrom(filter.range().from())));
            ps.setObject(p++, at(ExecutionBlock.microsFrom(filter.range().to())));
            if (!filter.agents().isEmpty()) {
                ps.setArray(p++, c.createArrayOf("TEXT", filter.agents().toArray()));
            }
            if (!filter.patterns().isEmpty()) {
                ps.setArray(p++, c.createArrayOf("TEXT", filter.patterns().toArray()));
            }
            if (after != null) {
                OffsetDateTime started = at(ExecutionBlock.micros(after.execution().startedAt()));
                ps.setObject(p++, started);
                ps.setObject(p++, started);
                ps.setLong(p++, after.id());
            }
            ps.setInt(p, size);
            List<ExecutionPages.Row> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new ExecutionPages.Row(rs.getLong(1), ExecutionRows.readExecution(rs, List.of())));
                }
            }
            return ScoreRows.attach(c, withStepCounts(c, rows));
        } catch (SQLException e) {
            throw new StoreException("Could not read executions from the team store: " + PostgresDatabase.rootMessage(e), e);
        }
    }

    private static List<ExecutionPages.Row> withStepCounts(Connection c, List<ExecutionPages.Row> rows) throws SQLException {
        long[] ids = rows.stream().mapToLong(ExecutionPages.Row::id).toArray();
        Map<Long, Integer> counts = StepCounts.of(c, ids);
        List<ExecutionPages.Row> counted = new ArrayList<>(rows.size());
        for (ExecutionPages.Row r : rows) {
            counted.add(new ExecutionPages.Row(r.id(), r.execution().withStepCount(counts.getOrDefault(r.id(), 0))));
        }
        return counted;
    }

    // Timestamps beyond PostgreSQL's range (TimeRange.ALL ends in 9999, within it) are clamped by micros().
    private static OffsetDateTime at(long micros) {
        return ExecutionRows.toTimestamp(ExecutionBlock.instant(micros));
    }

    @Override
    public void forEachQuality(MetricsFilter filter, Consumer<QualityFacts> action) {
        QualityPages.forEach(dataSource, this::page, filter, action);
    }

    @Override
    public Optional<Execution> findByKey(String key) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(SELECT + " WHERE exec_key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                long id = rs.getLong(1);
                return Optional.of(ExecutionRows.readExecution(rs, ExecutionRows.steps(c, id)).withScores(ScoreRows.of(c, id)));
            }
        } catch (SQLException e) {
            throw new StoreException("Could not read execution " + key + " from the team store: "
                    + PostgresDatabase.rootMessage(e), e);
        }
    }

    @Override
    public long count() {
        try {
            return countOnce();
        } catch (SQLException e) {
            if (PostgresDatabase.connectionLost(e)) {
                // The pool lent a connection the server closed (it restarted), and its others are as dead: drop
                // them all and ask once more on a fresh one.
                PostgresDatabase.dropConnections(dataSource);
                try {
                    return countOnce();
                } catch (SQLException again) {
                    e = again;
                }
            }
            throw new StoreException("Could not count executions in the team store: " + PostgresDatabase.rootMessage(e), e);
        }
    }

    private long countOnce() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM executions")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    public void forEach(Consumer<Execution> action) {
        try (Connection c = dataSource.getConnection()) {
            // A cursor: PostgreSQL streams rows only inside a transaction with a fetch size.
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(SELECT + " ORDER BY id")) {
                ps.setFetchSize(ExecutionPages.PAGE_SIZE);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        action.accept(ExecutionRows.readExecution(rs, List.of()));
                    }
                }
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw new StoreException("Could not read executions from the team store: " + PostgresDatabase.rootMessage(e), e);
        }
    }

    @Override
    public long latestChange() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT last_seq FROM change_clock WHERE id = 1")) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            throw new StoreException("Could not read the team store's change number: " + PostgresDatabase.rootMessage(e), e);
        }
    }

    @Override
    public ChangePage changesAfter(long after, int limit) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(SELECT_CHANGES)) {
            ps.setLong(1, after);
            ps.setInt(2, limit);
            List<Change> changes = new ArrayList<>();
            long reached = after;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int more = ExecutionRows.EXECUTION_COLUMN_COUNT;
                    long seq = rs.getLong(more + 1);
                    boolean inserted = rs.getInt(more + 2) == 1;
                    OffsetDateTime previousStart = rs.getObject(more + 4, OffsetDateTime.class);
                    changes.add(new Change(seq, ExecutionRows.readExecution(rs, List.of()), inserted,
                            inserted ? null : rs.getString(more + 3), previousStart == null ? null : previousStart.toInstant()));
                    reached = seq;
                }
            }
            return new ChangePage(changes, reached);
        } catch (SQLException e) {
            throw new StoreException("Could not read the team store's changes: " + PostgresDatabase.rootMessage(e), e);
        }
    }

    private static final String SELECT_CHANGES = "SELECT " + ExecutionRows.EXECUTION_COLUMNS
            + ", change_seq, version, prev_agent, prev_started_at FROM executions WHERE change_seq > ?"
            + " ORDER BY change_seq LIMIT ?";

    @Override
    public List<Execution> minute(String agent, long epochMinute, long upToChange) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(SELECT
                + " WHERE agent = ? AND started_at >= ? AND started_at < ? AND change_seq <= ?")) {
            ps.setString(1, agent);
            ps.setObject(2, ExecutionRows.toTimestamp(Instant.ofEpochSecond(epochMinute * 60)));
            ps.setObject(3, ExecutionRows.toTimestamp(Instant.ofEpochSecond((epochMinute + 1) * 60)));
            ps.setLong(4, upToChange);
            List<Execution> result = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(ExecutionRows.readExecution(rs, List.of()));
                }
            }
            return result;
        } catch (SQLException e) {
            throw new StoreException("Could not read a minute of executions from the team store: "
                    + PostgresDatabase.rootMessage(e), e);
        }
    }

    @Override
    public void saveRollups(LongFunction<RollupSave> atMark) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                long mark;
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(LOCK_CLOCK)) {
                    rs.next();
                    mark = rs.getLong(1);
                }
                RollupSave save = atMark.apply(mark);
                rollups.saveIn(c, save.records(), save.dayTotals(), mark);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(c);
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("Could not save metric rollups to the team store: " + PostgresDatabase.rootMessage(e), e);
        }
    }

    @Override
    public SavedRollups savedRollups() {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            // One snapshot for the checkpoint and the rows, so a save between the two reads cannot mix them.
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try (Statement s = c.createStatement()) {
                long mark = 0;
                try (ResultSet rs = s.executeQuery("SELECT executions FROM rollup_checkpoint WHERE id = 1")) {
                    if (rs.next()) {
                        mark = rs.getLong(1);
                    }
                }
                List<RollupRecord> records = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("SELECT agent, epoch_day, minutes FROM rollup_days")) {
                    while (rs.next()) {
                        records.addAll(RollupDay.unpack(rs.getString(1), rs.getLong(2), rs.getBytes(3)).records());
                    }
                }
                return new SavedRollups(records, mark);
            } finally {
                c.rollback();
                c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            }
        } catch (SQLException e) {
            throw new StoreException("Could not load metric rollups from the team store: " + PostgresDatabase.rootMessage(e), e);
        }
    }

    @Override
    public boolean mayWrite(String table) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT has_table_privilege(current_user, ?, 'INSERT')")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        } catch (SQLException e) {
            throw new StoreException("Could not read the privileges of this role on the team store: "
                    + PostgresDatabase.rootMessage(e), e);
        }
    }

    @Override
    public LeaderLock leaderLock(String name) {
        return new LeaderLock(dataSource, name);
    }
}
