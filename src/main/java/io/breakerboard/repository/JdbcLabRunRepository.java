package io.breakerboard.repository;

import io.breakerboard.lab.Interval;
import io.breakerboard.lab.LabItem;
import io.breakerboard.lab.LabKind;
import io.breakerboard.lab.LabRun;
import io.breakerboard.lab.LabRunRepository;
import io.breakerboard.lab.LabStoreException;
import io.breakerboard.lab.LabValue;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
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
    private static final String SELECT_VALUES = "SELECT " + VALUE_COLUMNS
            + " FROM lab_run_values WHERE run_id = ? ORDER BY position";
    private static final String SELECT_ITEMS = "SELECT " + ITEM_COLUMNS
            + " FROM lab_run_items WHERE run_id = ? ORDER BY position";

    private final Jdbc jdbc;

    public JdbcLabRunRepository(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource, LabStoreException::new);
    }

    @Override
    public void save(LabRun r) {
        jdbc.transaction("save lab run " + r.id(), c -> {
            Jdbc.update(c, Jdbc.insert("lab_runs", RUN_COLUMNS), ps -> {
                ps.setString(1, r.id());
                ps.setString(2, r.kind().name());
                ps.setLong(3, r.seed());
                ps.setString(4, r.title());
                ps.setString(5, r.settings());
                SqlValues.setUtcTimestamp(ps, 6, r.createdAt());
            });
            Jdbc.batch(c, Jdbc.insert("lab_run_values", VALUE_COLUMNS), r.values(), (ps, v, i) -> {
                ps.setString(1, r.id());
                ps.setInt(2, i);
                ps.setString(3, v.row());
                ps.setString(4, v.metric());
                SqlValues.setNumber(ps, 5, v.value().value());
                SqlValues.setNumber(ps, 6, v.value().low());
                SqlValues.setNumber(ps, 7, v.value().high());
            });
            Jdbc.batch(c, Jdbc.insert("lab_run_items", ITEM_COLUMNS), r.items(), (ps, item, i) -> {
                ps.setString(1, r.id());
                ps.setInt(2, i);
                ps.setString(3, item.list());
                ps.setString(4, item.executionKey());
                ps.setString(5, item.agent());
                ps.setString(6, item.detail());
            });
            return null;
        });
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

    // The heads first, then each run's values and items, on one connection.
    private List<LabRun> read(String sql, Jdbc.Binder binder) {
        return jdbc.call("read lab runs", c -> {
            List<LabRun> out = new ArrayList<>();
            for (LabRun h : Jdbc.list(c, sql, binder, JdbcLabRunRepository::head)) {
                List<LabValue> values = Jdbc.list(c, SELECT_VALUES, ps -> ps.setString(1, h.id()),
                        rs -> new LabValue(rs.getString(3), rs.getString(4), new Interval(SqlValues.number(rs, 5),
                                SqlValues.number(rs, 6), SqlValues.number(rs, 7))));
                List<LabItem> items = Jdbc.list(c, SELECT_ITEMS, ps -> ps.setString(1, h.id()),
                        rs -> new LabItem(rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)));
                out.add(new LabRun(h.id(), h.kind(), h.seed(), h.title(), h.settings(), h.createdAt(), values, items));
            }
            return out;
        });
    }

    private static LabRun head(ResultSet rs) throws SQLException {
        return new LabRun(rs.getString(1), LabKind.valueOf(rs.getString(2)), rs.getLong(3), rs.getString(4),
                rs.getString(5), SqlValues.utcTimestamp(rs, 6), List.of());
    }
}
