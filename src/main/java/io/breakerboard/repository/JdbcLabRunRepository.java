package io.breakerboard.repository;

import io.breakerboard.lab.Interval;
import io.breakerboard.lab.LabItem;
import io.breakerboard.lab.LabKind;
import io.breakerboard.lab.LabRun;
import io.breakerboard.lab.LabRunRepository;
import io.breakerboard.lab.LabStoreException;
import io.breakerboard.lab.LabValue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Lab runs in tables {@code lab_runs} and {@code lab_run_values} of migration {@code V8__lab.sql}, and the
 * executions they list in {@code lab_run_items} of {@code V14__lab_items.sql}.
 */
public final class JdbcLabRunRepository implements LabRunRepository {
    private static final String RUN_COLUMNS = "id, kind, seed, title, settings, created_at";
    private static final String VALUE_COLUMNS = "run_id, position, row_label, metric, value_est, value_low, value_high";
    private static final String ITEM_COLUMNS = "run_id, position, list_name, execution_key, agent, detail";

    private final DataSource dataSource;

    public JdbcLabRunRepository(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    @Override
    public void save(LabRun r) {
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (PreparedStatement head = c.prepareStatement("INSERT INTO lab_runs (" + RUN_COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?)");
                 PreparedStatement rows = c.prepareStatement("INSERT INTO lab_run_values (" + VALUE_COLUMNS
                         + ") VALUES (?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement items = c.prepareStatement("INSERT INTO lab_run_items (" + ITEM_COLUMNS
                         + ") VALUES (?, ?, ?, ?, ?, ?)")) {
                head.setString(1, r.id());
                head.setString(2, r.kind().name());
                head.setLong(3, r.seed());
                head.setString(4, r.title());
                head.setString(5, r.settings());
                head.setObject(6, LocalDateTime.ofInstant(r.createdAt(), ZoneOffset.UTC));
                head.executeUpdate();
                for (int i = 0; i < r.values().size(); i++) {
                    LabValue v = r.values().get(i);
                    rows.setString(1, r.id());
                    rows.setInt(2, i);
                    rows.setString(3, v.row());
                    rows.setString(4, v.metric());
                    number(rows, 5, v.value().value());
                    number(rows, 6, v.value().low());
                    number(rows, 7, v.value().high());
                    rows.addBatch();
                }
                rows.executeBatch();
                for (int i = 0; i < r.items().size(); i++) {
                    LabItem item = r.items().get(i);
                    items.setString(1, r.id());
                    items.setInt(2, i);
                    items.setString(3, item.list());
                    items.setString(4, item.executionKey());
                    items.setString(5, item.agent());
                    items.setString(6, item.detail());
                    items.addBatch();
                }
                items.executeBatch();
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new LabStoreException("could not save lab run " + r.id() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public List<LabRun> recent(int limit) {
        return read("SELECT " + RUN_COLUMNS + " FROM lab_runs ORDER BY created_at DESC, id FETCH FIRST ? ROWS ONLY",
                ps -> ps.setInt(1, limit));
    }

    @Override
    public Optional<LabRun> find(String id) {
        return read("SELECT " + RUN_COLUMNS + " FROM lab_runs WHERE id = ?", ps -> ps.setString(1, id)).stream()
                .findFirst();
    }

    private List<LabRun> read(String sql, Binder binder) {
        try (Connection c = dataSource.getConnection()) {
            List<LabRun> heads = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                binder.bind(ps);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        heads.add(new LabRun(rs.getString(1), LabKind.valueOf(rs.getString(2)), rs.getLong(3),
                                rs.getString(4), rs.getString(5),
                                rs.getObject(6, LocalDateTime.class).toInstant(ZoneOffset.UTC), List.of()));
                    }
                }
            }
            List<LabRun> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + VALUE_COLUMNS
                    + " FROM lab_run_values WHERE run_id = ? ORDER BY position");
                 PreparedStatement is = c.prepareStatement("SELECT " + ITEM_COLUMNS
                         + " FROM lab_run_items WHERE run_id = ? ORDER BY position")) {
                for (LabRun h : heads) {
                    ps.setString(1, h.id());
                    List<LabValue> values = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            values.add(new LabValue(rs.getString(3), rs.getString(4),
                                    new Interval(number(rs, 5), number(rs, 6), number(rs, 7))));
                        }
                    }
                    is.setString(1, h.id());
                    List<LabItem> items = new ArrayList<>();
                    try (ResultSet rs = is.executeQuery()) {
                        while (rs.next()) {
                            items.add(new LabItem(rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)));
                        }
                    }
                    out.add(new LabRun(h.id(), h.kind(), h.seed(), h.title(), h.settings(), h.createdAt(), values,
                            items));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new LabStoreException("could not read lab runs: " + e.getMessage(), e);
        }
    }

    // NaN (no interval) is stored as NULL: not every database keeps NaN in a DOUBLE PRECISION column.
    private static void number(PreparedStatement ps, int i, double v) throws SQLException {
        if (Double.isNaN(v)) {
            ps.setNull(i, Types.DOUBLE);
        } else {
            ps.setDouble(i, v);
        }
    }

    private static double number(ResultSet rs, int i) throws SQLException {
        double v = rs.getDouble(i);
        return rs.wasNull() ? Double.NaN : v;
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }
}
