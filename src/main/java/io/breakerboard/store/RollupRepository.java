package io.breakerboard.store;

import io.breakerboard.metrics.RollupRecord;
import io.breakerboard.metrics.TimeRange;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * Persisted metric rollups, so start-up restores the dashboards from a few dozen rows instead of re-reading
 * every execution: one row per agent and UTC day holds that day's minutes ({@link RollupDay}), another that
 * day's total (see {@link io.breakerboard.metrics.Metrics#dayTotals}). A checkpoint records how many executions
 * the saved rollups cover.
 */
public final class RollupRepository {
    private final DataSource dataSource;
    private final Clock clock;
    private final Dialect dialect;

    public RollupRepository(DataSource dataSource, Clock clock) {
        this(dataSource, clock, Dialect.H2);
    }

    public RollupRepository(DataSource dataSource, Clock clock, Dialect dialect) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.dialect = dialect;
    }

    /**
     * Inserts or replaces rollups and the totals of their days and, in the same transaction, records how many
     * stored executions they cover.
     *
     * @param dayTotals         the total of every agent and day among {@code records}
     * @param executionsCovered executions stored when the rollups were drained
     */
    public void save(Collection<RollupRecord> records, Collection<RollupRecord> dayTotals, long executionsCovered) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                saveIn(c, records, dayTotals, executionsCovered);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("Could not save " + records.size() + " metric rollups: " + e.getMessage(), e);
        }
    }

    /**
     * As {@link #save}, inside the caller's transaction on {@code c}: a team store saves while it holds the lock
     * that keeps other processes from writing, so the checkpoint (a change number there) and the rollups agree.
     */
    void saveIn(Connection c, Collection<RollupRecord> records, Collection<RollupRecord> dayTotals, long covered)
            throws SQLException {
        upsert(c, records);
        upsertTotals(c, dayTotals);
        try (PreparedStatement ps = c.prepareStatement(dialect.upsert("rollup_checkpoint",
                List.of("id", "executions", "saved_at"), List.of("id")))) {
            ps.setInt(1, 1);
            ps.setLong(2, covered);
            ps.setObject(3, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            ps.executeUpdate();
        }
    }

    // Each changed day is read, has its changed minutes replaced and is written back whole.
    private void upsert(Connection c, Collection<RollupRecord> records) throws SQLException {
        if (records.isEmpty()) {
            return;
        }
        Map<String, Map<Long, List<RollupRecord>>> byDay = new HashMap<>();
        for (RollupRecord r : records) {
            byDay.computeIfAbsent(r.agent(), a -> new TreeMap<>())
                    .computeIfAbsent(RollupDay.dayOf(r.minute()), d -> new ArrayList<>()).add(r);
        }
        try (PreparedStatement read = c.prepareStatement("SELECT minutes FROM rollup_days WHERE agent = ? AND epoch_day = ?");
             PreparedStatement write = c.prepareStatement(dialect.upsert("rollup_days",
                     List.of("agent", "epoch_day", "minutes"), List.of("agent", "epoch_day")))) {
            for (Map.Entry<String, Map<Long, List<RollupRecord>>> agent : byDay.entrySet()) {
                for (Map.Entry<Long, List<RollupRecord>> day : agent.getValue().entrySet()) {
                    RollupDay packed = saved(read, agent.getKey(), day.getKey());
                    day.getValue().forEach(packed::put);
                    write.setString(1, agent.getKey());
                    write.setLong(2, day.getKey());
                    write.setBytes(3, packed.pack());
                    write.addBatch();
                }
            }
            write.executeBatch();
        }
    }

    private void upsertTotals(Connection c, Collection<RollupRecord> totals) throws SQLException {
        if (totals.isEmpty()) {
            return;
        }
        try (PreparedStatement write = c.prepareStatement(dialect.upsert("rollup_day_totals",
                List.of("agent", "epoch_day", "total"), List.of("agent", "epoch_day")))) {
            for (RollupRecord total : totals) {
                if (Math.floorMod(total.minute(), RollupDay.MINUTES) != 0) {
                    throw new IllegalArgumentException("the total of a day is placed at its first minute, not at minute "
                            + total.minute());
                }
                write.setString(1, total.agent());
                write.setLong(2, RollupDay.dayOf(total.minute()));
                write.setBytes(3, total.state());
                write.addBatch();
            }
            write.executeBatch();
        }
    }

    private static RollupDay saved(PreparedStatement read, String agent, long day) throws SQLException {
        read.setString(1, agent);
        read.setLong(2, day);
        try (ResultSet rs = read.executeQuery()) {
            return rs.next() ? RollupDay.unpack(agent, day, rs.getBytes(1)) : new RollupDay(agent, day);
        }
    }

    /** Every saved rollup, by agent and day, minutes in order. */
    public List<RollupRecord> loadAll() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            List<RollupRecord> result = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT agent, epoch_day, minutes FROM rollup_days")) {
                while (rs.next()) {
                    result.addAll(RollupDay.unpack(rs.getString(1), rs.getLong(2), rs.getBytes(3)).records());
                }
            }
            return result;
        } catch (SQLException e) {
            throw new StoreException("Could not load metric rollups: " + e.getMessage(), e);
        }
    }

    /**
     * What a snapshot of {@code range} needs, coarsely: the total of every UTC day wholly inside the range, and the
     * minutes of the days it cuts. The snapshot's totals, agents and percentiles are those of every minute.
     */
    public List<RollupRecord> loadTotals(TimeRange range) {
        long from = firstMinuteFrom(range.from());
        long to = firstMinuteFrom(range.to());
        List<RollupRecord> result = new ArrayList<>();
        if (from >= to) {
            return result;
        }
        long firstDay = RollupDay.dayOf(from);
        long lastDay = RollupDay.dayOf(to - 1);
        long firstWhole = from == firstDay * RollupDay.MINUTES ? firstDay : firstDay + 1;
        long lastWhole = to == (lastDay + 1) * RollupDay.MINUTES ? lastDay : lastDay - 1;
        try (Connection c = dataSource.getConnection()) {
            if (firstWhole <= lastWhole) {
                try (PreparedStatement ps = c.prepareStatement("SELECT agent, epoch_day, total FROM rollup_day_totals"
                        + " WHERE epoch_day BETWEEN ? AND ?")) {
                    ps.setLong(1, firstWhole);
                    ps.setLong(2, lastWhole);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            result.add(new RollupRecord(rs.getString(1), rs.getLong(2) * RollupDay.MINUTES, rs.getBytes(3)));
                        }
                    }
                }
            }
            List<Long> cut = new ArrayList<>();
            if (firstDay < firstWhole) {
                cut.add(firstDay);
            }
            if (lastDay > lastWhole && lastDay != firstDay) {
                cut.add(lastDay);
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT agent, epoch_day, minutes FROM rollup_days WHERE epoch_day = ?")) {
                for (long day : cut) {
                    ps.setLong(1, day);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            for (RollupRecord r : RollupDay.unpack(rs.getString(1), rs.getLong(2), rs.getBytes(3)).records()) {
                                if (r.minute() >= from && r.minute() < to) {
                                    result.add(r);
                                }
                            }
                        }
                    }
                }
            }
            return result;
        } catch (SQLException e) {
            throw new StoreException("Could not load metric rollups: " + e.getMessage(), e);
        }
    }

    // The first epoch minute that starts at or after t, as the snapshot counts minutes in range.
    private static long firstMinuteFrom(Instant t) {
        long seconds = t.getEpochSecond() + (t.getNano() > 0 ? 1 : 0);
        return -Math.floorDiv(-seconds, 60);
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
            s.executeUpdate("DELETE FROM rollup_days");
            s.executeUpdate("DELETE FROM rollup_day_totals");
            s.executeUpdate("DELETE FROM rollup_checkpoint");
        } catch (SQLException e) {
            throw new StoreException("Could not clear metric rollups: " + e.getMessage(), e);
        }
    }
}
