package io.breakerboard.store;

import io.breakerboard.metrics.MetricsFilter;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Step;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;
import javax.sql.DataSource;

/**
 * Executions and their steps. Inserts are meant for one writer at a time (the pipeline's): ids are handed out
 * in memory, which spares a round trip for generated keys on every batch, and keys are de-duplicated through
 * the in-memory hashes of {@link ExecutionKeys} rather than a unique index.
 */
public final class ExecutionRepository {
    /** Executions per transaction: large enough to amortise the commit, small enough to keep undo logs short. */
    public static final int COMMIT_CHUNK = 5_000;

    private final DataSource dataSource;
    private final Clock clock;
    private final ExecutionKeys keys;
    private long lastId = -1;
    private long stored = -1;

    public ExecutionRepository(DataSource dataSource, Clock clock) {
        this(dataSource, clock, KeyHash::of);
    }

    /** With another key hash, so tests can make keys collide; the stored hashes must come from the same one. */
    ExecutionRepository(DataSource dataSource, Clock clock, ToLongFunction<String> keyHash) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.keys = new ExecutionKeys(dataSource, keyHash);
    }

    /**
     * Stores the executions whose keys are not stored yet, skipping keys already stored and repeats inside the
     * batch (the first one wins). Commits every {@link #COMMIT_CHUNK} executions.
     */
    public synchronized InsertResult insertNew(List<Execution> batch) {
        List<Execution> inserted = new ArrayList<>(batch.size());
        int duplicates = 0;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                if (lastId < 0) {
                    lastId = maxId(c);
                }
                if (stored < 0) {
                    stored = count(c);
                }
                for (int from = 0; from < batch.size(); from += COMMIT_CHUNK) {
                    List<Execution> chunk = batch.subList(from, Math.min(batch.size(), from + COMMIT_CHUNK));
                    Map<String, Execution> unique = new LinkedHashMap<>(chunk.size() * 2);
                    for (Execution e : chunk) {
                        if (unique.putIfAbsent(e.key(), e) != null) {
                            duplicates++;
                        }
                    }
                    for (String stored : keys.storedAmong(c, unique.keySet())) {
                        unique.remove(stored);
                        duplicates++;
                    }
                    if (unique.isEmpty()) {
                        continue;
                    }
                    List<Execution> added = new ArrayList<>(unique.values());
                    long firstId = lastId + 1;
                    insert(c, firstId, added);
                    long[] hashes = keys.write(c, firstId, new ArrayList<>(unique.keySet()));
                    keys.commit(c, firstId, hashes);
                    lastId += added.size();
                    inserted.addAll(added);
                    stored += added.size();
                }
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                lastId = -1;
                stored = -1;
                keys.forget();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("Could not store " + batch.size() + " executions: " + e.getMessage(), e);
        }
        return new InsertResult(inserted, duplicates);
    }

    private static long maxId(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM executions")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void insert(Connection c, long firstId, List<Execution> executions) throws SQLException {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        try (PreparedStatement pe = c.prepareStatement(ExecutionRows.INSERT_EXECUTIONS)) {
            ExecutionRows.bindExecutions(pe, firstId, executions, now);
            pe.executeUpdate();
        }
        boolean anySteps = false;
        try (PreparedStatement ps = c.prepareStatement(ExecutionRows.INSERT_STEP)) {
            long id = firstId;
            for (Execution e : executions) {
                for (Step s : e.steps()) {
                    ExecutionRows.bindStep(ps, id, s);
                    ps.addBatch();
                    anySteps = true;
                }
                id++;
            }
            if (anySteps) {
                ps.executeBatch();
            }
        }
    }

    /** Executions in the filter, newest first, without their steps. */
    public List<Execution> find(MetricsFilter filter, boolean failuresOnly, int limit) {
        return page(filter, failuresOnly, null, Math.max(0, limit)).stream().map(ExecutionPages.Row::execution).toList();
    }

    /**
     * Every execution in the filter, newest first, without steps, read lazily a page at a time (keyset paging on
     * start and id), so an export of millions of rows holds one page in memory.
     */
    public Iterable<Execution> scan(MetricsFilter filter, boolean failuresOnly) {
        return () -> new ExecutionPages(this::page, filter, failuresOnly);
    }

    List<ExecutionPages.Row> page(MetricsFilter filter, boolean failuresOnly, ExecutionPages.Row after, int size) {
        StringBuilder sql = new StringBuilder("SELECT ").append(ExecutionRows.EXECUTION_COLUMNS)
                .append(" FROM executions WHERE started_at >= ? AND started_at < ?");
        if (!filter.agents().isEmpty()) {
            sql.append(" AND agent = ANY(?)");
        }
        if (failuresOnly) {
            sql.append(" AND outcome <> 'SUCCESS'");
        }
        if (after != null) {
            sql.append(" AND (started_at < ? OR (started_at = ? AND id < ?))");
        }
        sql.append(" ORDER BY started_at DESC, id DESC LIMIT ?");
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql.toString())) {
            int i = 1;
            ps.setObject(i++, ExecutionRows.toTimestamp(filter.range().from()));
            ps.setObject(i++, ExecutionRows.toTimestamp(filter.range().to()));
            if (!filter.agents().isEmpty()) {
                ps.setObject(i++, filter.agents().toArray(new String[0]));
            }
            if (after != null) {
                Object at = ExecutionRows.toTimestamp(after.execution().startedAt());
                ps.setObject(i++, at);
                ps.setObject(i++, at);
                ps.setLong(i++, after.id());
            }
            ps.setInt(i, size);
            List<ExecutionPages.Row> rows = new ArrayList<>(size);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new ExecutionPages.Row(rs.getLong(1), ExecutionRows.readExecution(rs, List.of())));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new StoreException("Could not read executions: " + e.getMessage(), e);
        }
    }

    /** One execution with all its steps. */
    public Optional<Execution> findByKey(String key) {
        long[] ids = keys.candidateIds(key);
        if (ids.length == 0) {
            return Optional.empty();
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement pe = c.prepareStatement("SELECT " + ExecutionRows.EXECUTION_COLUMNS
                     + " FROM executions WHERE id = ?")) {
            for (long id : ids) {
                pe.setLong(1, id);
                try (ResultSet rs = pe.executeQuery()) {
                    if (rs.next() && key.equals(rs.getString(2))) {
                        List<Step> steps = steps(c, id);
                        return Optional.of(ExecutionRows.readExecution(rs, steps));
                    }
                }
            }
            return Optional.empty();
        } catch (SQLException e) {
            throw new StoreException("Could not read execution " + key + ": " + e.getMessage(), e);
        }
    }

    private static List<Step> steps(Connection c, long executionId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + ExecutionRows.STEP_COLUMNS
                + " FROM steps WHERE execution_id = ? ORDER BY idx")) {
            ps.setLong(1, executionId);
            List<Step> steps = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    steps.add(ExecutionRows.readStep(rs));
                }
            }
            return steps;
        }
    }

    /**
     * Executions stored. Counted once, then kept up to date by the inserts, so asking is free: H2 may walk the
     * table to count rows while another transaction is open.
     */
    public synchronized long count() {
        if (stored < 0) {
            try (Connection c = dataSource.getConnection()) {
                stored = count(c);
            } catch (SQLException e) {
                throw new StoreException("Could not count executions: " + e.getMessage(), e);
            }
        }
        return stored;
    }

    private static long count(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM executions")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Hands every stored execution, without steps, to {@code action}, oldest id first; streams, holds none. */
    public void forEach(Consumer<Execution> action) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.setFetchSize(1_000);
            try (ResultSet rs = s.executeQuery("SELECT " + ExecutionRows.EXECUTION_COLUMNS + " FROM executions ORDER BY id")) {
                while (rs.next()) {
                    action.accept(ExecutionRows.readExecution(rs, List.of()));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("Could not read executions: " + e.getMessage(), e);
        }
    }
}
