package io.breakerboard.store;

import io.breakerboard.metrics.RollupRecord;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.OptionalLong;
import javax.sql.DataSource;

/**
 * Persisted metric rollups, so start-up restores the dashboards from a few thousand rows instead of
 * re-reading every execution. A checkpoint records how many executions the saved rollups cover.
 */
public final class RollupRepository {
    private final DataSource dataSource;
    private final Clock clock;

    public RollupRepository(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /**
     * Inserts or replaces rollups and, in the same transaction, records how many stored executions they cover.
     *
     * @param executionsCovered executions stored when the rollups were drained
     */
    public void save(Collection<RollupRecord> records, long executionsCovered) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                upsert(c, records);
                try (PreparedStatement ps = c.prepareStatement(
                        "MERGE INTO rollup_checkpoint KEY (id) VALUES (1, ?, ?)")) {
                    ps.setLong(1, executionsCovered);
                    ps.setObject(2, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
                    ps.executeUpdate();
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("Could not save " + records.size() + " metric rollups: " + e.getMessage(), e);
        }
    }

    private static void upsert(Connection c, Collection<RollupRecord> records) throws SQLException {
        if (records.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("MERGE INTO rollups KEY (agent, epoch_minute) VALUES (?, ?, ?)")) {
            for (RollupRecord r : records) {
                ps.setString(1, r.agent());
                ps.setLong(2, r.minute());
                ps.setBytes(3, r.state());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Every saved rollup. */
    public List<RollupRecord> loadAll() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.setFetchSize(5_000);
            List<RollupRecord> result = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT agent, epoch_minute, state FROM rollups")) {
                while (rs.next()) {
                    result.add(new RollupRecord(rs.getString(1), rs.getLong(2), rs.getBytes(3)));
                }
            }
            return result;
        } catch (SQLException e) {
            throw new StoreException("Could not load metric rollups: " + e.getMessage(), e);
        }
    }

    /** The number of executions the saved rollups cover; empty when none were ever saved. */
    public OptionalLong checkpoint() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT executions FROM rollup_checkpoint WHERE id = 1")) {
            return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
        } catch (SQLException e) {
            throw new StoreException("Could not read the rollup checkpoint: " + e.getMessage(), e);
        }
    }

    /** Deletes every rollup, before they are rebuilt from the executions. */
    public void clear() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM rollups");
            s.executeUpdate("DELETE FROM rollup_checkpoint");
        } catch (SQLException e) {
            throw new StoreException("Could not clear metric rollups: " + e.getMessage(), e);
        }
    }
}
