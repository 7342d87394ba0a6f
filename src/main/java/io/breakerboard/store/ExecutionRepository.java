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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * Executions and their steps. Inserts are meant for one writer at a time (the pipeline's): ids are handed out
 * in memory, which spares a round trip for generated keys on every batch.
 */
public final class ExecutionRepository {
    /** Executions per transaction: large enough to amortise the commit, small enough to keep undo logs short. */
    public static final int COMMIT_CHUNK = 5_000;

    private final DataSource dataSource;
    private final Clock clock;
    private long lastId = -1;
    private long stored = -1;

    public ExecutionRepository(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
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
                    for (String stored : storedKeys(c, unique.keySet())) {
                        unique.remove(stored);
                        duplicates++;
                    }
                    insert(c, unique.values());
                    c.commit();
                    inserted.addAll(unique.values());
                    stored += unique.size();
                }
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                lastId = -1;
                stored = -1;
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

    private static Set<String> storedKeys(Connection c, Set<String> keys) throws SQLException {
        Set<String> stored = new HashSet<>();
        if (keys.isEmpty()) {
            return stored;
        }
        // A join with the unnested keys probes the key index once per key; "exec_key = ANY(?)" also re-scans
        // the whole array for every row found, which costs four times as much on a re-import (measured).
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT e.exec_key FROM UNNEST(?) AS k(v) JOIN executions e ON e.exec_key = k.v")) {
            ps.setObject(1, keys.toArray(new String[0]));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    stored.add(rs.getString(1));
                }
            }
        }
        return stored;
    }

    private void insert(Connection c, Iterable<Execution> executions) throws SQLException {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        try (PreparedStatement pe = c.prepareStatement(ExecutionRows.INSERT_EXECUTION);
             PreparedStatement ps = c.prepareStatement(ExecutionRows.INSERT_STEP)) {
            boolean anySteps = false;
            for (Execution e : executions) {
                long id = ++lastId;
                ExecutionRows.bindExecution(pe, id, e, now);
                pe.addBatch();
                for (Step s : e.steps()) {
                    ExecutionRows.bindStep(ps, id, s);
                    ps.addBatch();
                    anySteps = true;
                }
            }
            pe.executeBatch();
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
        try (Connection c = dataSource.getConnection();
             PreparedStatement pe = c.prepareStatement("SELECT " + ExecutionRows.EXECUTION_COLUMNS
                     + " FROM executions WHERE exec_key = ?")) {
            pe.setString(1, key);
            try (ResultSet rs = pe.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                List<Step> steps = steps(c, rs.getLong(1));
                return Optional.of(ExecutionRows.readExecution(rs, steps));
            }
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
