package io.breakerboard.repository;

import io.breakerboard.alerts.AlertRepository;
import io.breakerboard.alerts.AlertSettings;
import io.breakerboard.alerts.AlertSettingsJson;
import io.breakerboard.alerts.AlertStoreException;
import io.breakerboard.alerts.AlertTransition;
import io.breakerboard.alerts.internal.AlertOrder;
import io.breakerboard.alerts.internal.Alerts;
import io.breakerboard.model.Alert;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Alerts in the tables of migration {@code V3__alerts.sql}, through any pooled data source: the embedded H2 store
 * ({@code MERGE … KEY}) or a team store on PostgreSQL ({@code ON CONFLICT}).
 */
public final class JdbcAlertRepository implements AlertRepository {
    private static final String SETTINGS_ORIGIN = "table alert_settings";
    private static final String SELECT_ALERTS = "SELECT " + AlertRows.ALERT_COLUMNS + " FROM alerts";
    private static final String SELECT_TRANSITIONS = "SELECT " + AlertRows.TRANSITION_COLUMNS + " FROM alert_transitions";
    private static final String MERGE_ALERT = "MERGE INTO alerts (" + AlertRows.ALERT_COLUMNS
            + ") KEY (id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    // The same on a team store (PostgreSQL, which has no MERGE … KEY). An acknowledgement stays: another process may
    // have stored one since the judging process last read the alert, and an alert is never un-acknowledged.
    private static final String UPSERT_ALERT = "INSERT INTO alerts (" + AlertRows.ALERT_COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET rule = EXCLUDED.rule,"
            + " severity = EXCLUDED.severity, state = EXCLUDED.state, subject = EXCLUDED.subject,"
            + " measured = EXCLUDED.measured, threshold = EXCLUDED.threshold, unit = EXCLUDED.unit,"
            + " message = EXCLUDED.message, since = EXCLUDED.since, fired_at = EXCLUDED.fired_at,"
            + " resolved_at = EXCLUDED.resolved_at, acknowledged = alerts.acknowledged OR EXCLUDED.acknowledged,"
            + " execution_keys = EXCLUDED.execution_keys";
    private static final String INSERT_TRANSITION = "INSERT INTO alert_transitions (" + AlertRows.TRANSITION_COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    private final DataSource dataSource;

    public JdbcAlertRepository(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    @Override
    public void save(Alert alert) {
        run("save alert " + alert.id(), c -> update(c, mergeAlert(c), ps -> AlertRows.bind(ps, alert)));
    }

    @Override
    public void append(AlertTransition t) {
        run("append the " + t.change() + " transition of alert " + t.alertId(),
                c -> update(c, INSERT_TRANSITION, ps -> AlertRows.bind(ps, t)));
    }

    @Override
    public void record(AlertTransition t, Alert alert) {
        run("record the " + t.change() + " transition of alert " + alert.id(), c -> {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                update(c, mergeAlert(c), ps -> AlertRows.bind(ps, alert));
                update(c, INSERT_TRANSITION, ps -> AlertRows.bind(ps, t));
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
            return null;
        });
    }

    @Override
    public boolean acknowledge(String id, Instant at) {
        return run("acknowledge alert " + id, c -> {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                boolean marked = update(c, "UPDATE alerts SET acknowledged = TRUE WHERE id = ? AND acknowledged = FALSE",
                        ps -> ps.setString(1, id)) == 1;
                if (marked) {
                    Alert seen = alerts(c, SELECT_ALERTS + " WHERE id = ?", ps -> ps.setString(1, id)).get(0);
                    update(c, INSERT_TRANSITION, ps -> AlertRows.bind(ps,
                            Alerts.transition(seen, AlertTransition.Change.ACKNOWLEDGED, at)));
                }
                c.commit();
                return marked;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        });
    }

    @Override
    public Set<String> acknowledged(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return run("read which alerts are acknowledged", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id FROM alerts WHERE acknowledged = TRUE AND id = ANY(?)")) {
                ps.setArray(1, c.createArrayOf("VARCHAR", ids.toArray()));
                Set<String> out = new HashSet<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public Optional<Alert> find(String id) {
        return run("read alert " + id, c -> alerts(c, SELECT_ALERTS + " WHERE id = ?", ps -> ps.setString(1, id)))
                .stream().findFirst();
    }

    @Override
    public List<Alert> open() {
        List<Alert> open = new ArrayList<>(run("read the open alerts",
                c -> alerts(c, SELECT_ALERTS + " WHERE state IN ('PENDING', 'FIRING')", ps -> { })));
        open.sort(AlertOrder.CURRENT);
        return open;
    }

    @Override
    public List<Alert> recent(int limit) {
        return run("read the recent alerts",
                c -> alerts(c, SELECT_ALERTS + " ORDER BY since DESC, id FETCH FIRST ? ROWS ONLY", ps -> ps.setInt(1, limit)));
    }

    @Override
    public List<AlertTransition> history(String alertId) {
        return run("read the history of alert " + alertId, c -> transitions(c,
                SELECT_TRANSITIONS + " WHERE alert_id = ? ORDER BY id", ps -> ps.setString(1, alertId)));
    }

    @Override
    public List<AlertTransition> history(int limit) {
        List<AlertTransition> newestFirst = run("read the alert history", c -> transitions(c,
                SELECT_TRANSITIONS + " ORDER BY id DESC FETCH FIRST ? ROWS ONLY", ps -> ps.setInt(1, limit)));
        List<AlertTransition> out = new ArrayList<>(newestFirst);
        Collections.reverse(out);
        return out;
    }

    @Override
    public int deleteResolvedBefore(Instant cutoff) {
        return run("delete alerts resolved before " + cutoff, c -> update(c,
                "DELETE FROM alerts WHERE state = 'RESOLVED' AND resolved_at < ?", ps -> AlertRows.setInstant(ps, 1, cutoff)));
    }

    /**
     * @throws IllegalArgumentException naming the setting when the stored settings are invalid; the caller falls
     *                                  back to the defaults and tells the user
     */
    @Override
    public Optional<AlertSettings> loadSettings() {
        String json = run("read the alert settings", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT json FROM alert_settings WHERE id = 1");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        });
        return json == null ? Optional.empty() : Optional.of(AlertSettingsJson.read(json, SETTINGS_ORIGIN));
    }

    @Override
    public void saveSettings(AlertSettings settings) {
        String json = AlertSettingsJson.write(settings);
        run("save the alert settings", c -> update(c, isPostgres(c)
                        ? "INSERT INTO alert_settings (id, json, updated_at) VALUES (1, ?, CURRENT_TIMESTAMP)"
                        + " ON CONFLICT (id) DO UPDATE SET json = EXCLUDED.json, updated_at = EXCLUDED.updated_at"
                        : "MERGE INTO alert_settings (id, json, updated_at) KEY (id) VALUES (1, ?, CURRENT_TIMESTAMP)",
                ps -> ps.setString(1, json)));
    }

    private static String mergeAlert(Connection c) throws SQLException {
        return isPostgres(c) ? UPSERT_ALERT : MERGE_ALERT;
    }

    private static boolean isPostgres(Connection c) throws SQLException {
        return "PostgreSQL".equals(c.getMetaData().getDatabaseProductName());
    }

    private <T> T run(String what, Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new AlertStoreException("could not " + what + ": " + e.getMessage()
                    + "; check that the database is open and its data directory writable", e);
        }
    }

    private static int update(Connection c, String sql, Binder binder) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            return ps.executeUpdate();
        }
    }

    private static List<Alert> alerts(Connection c, String sql, Binder binder) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            List<Alert> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(AlertRows.alert(rs));
                }
            }
            return out;
        }
    }

    private static List<AlertTransition> transitions(Connection c, String sql, Binder binder) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            List<AlertTransition> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(AlertRows.transition(rs));
                }
            }
            return out;
        }
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }
}
