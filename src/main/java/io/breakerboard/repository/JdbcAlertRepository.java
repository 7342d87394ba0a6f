package io.breakerboard.repository;

import io.breakerboard.alerts.AlertOrder;
import io.breakerboard.alerts.AlertRepository;
import io.breakerboard.alerts.AlertSettings;
import io.breakerboard.alerts.AlertSettingsJson;
import io.breakerboard.alerts.AlertStoreException;
import io.breakerboard.alerts.AlertTransition;
import io.breakerboard.alerts.Alerts;
import io.breakerboard.alerts.RuleKind;
import io.breakerboard.model.Alert;
import io.breakerboard.store.Dialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Alerts in the tables of migration {@code V3__alerts.sql}, through any pooled data source: the embedded H2 store
 * ({@code MERGE … KEY}) or a team store on PostgreSQL ({@code ON CONFLICT}).
 */
public final class JdbcAlertRepository implements AlertRepository {
    private static final String SETTINGS_ORIGIN = "table alert_settings";
    /** The rules' ids as an SQL list: an alert of any other rule is an anomaly. */
    private static final String RULE_IDS = java.util.Arrays.stream(RuleKind.values())
            .map(k -> "'" + k.id() + "'").collect(java.util.stream.Collectors.joining(", "));
    private static final String SELECT_ALERTS = "SELECT " + AlertRows.ALERT_COLUMNS + " FROM alerts";
    /** The rules' pending and firing alerts: found by the rule index, never by reading every stored anomaly. */
    static final String SELECT_OPEN = SELECT_ALERTS + " WHERE state IN ('PENDING', 'FIRING') AND rule IN (" + RULE_IDS + ")";
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
    private static final String INSERT_TRANSITION = Jdbc.insert("alert_transitions", AlertRows.TRANSITION_COLUMNS);

    private final Jdbc jdbc;

    public JdbcAlertRepository(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource, AlertStoreException::new);
    }

    @Override
    public void save(Alert alert) {
        jdbc.call("save alert " + alert.id(), c -> Jdbc.update(c, mergeAlert(c), ps -> AlertRows.bind(ps, alert)));
    }

    @Override
    public void append(AlertTransition t) {
        jdbc.update("append the " + t.change() + " transition of alert " + t.alertId(), INSERT_TRANSITION,
                ps -> AlertRows.bind(ps, t));
    }

    @Override
    public void record(AlertTransition t, Alert alert) {
        jdbc.transaction("record the " + t.change() + " transition of alert " + alert.id(), c -> {
            Jdbc.update(c, mergeAlert(c), ps -> AlertRows.bind(ps, alert));
            return Jdbc.update(c, INSERT_TRANSITION, ps -> AlertRows.bind(ps, t));
        });
    }

    @Override
    public boolean acknowledge(String id, Instant at) {
        return jdbc.transaction("acknowledge alert " + id, c -> {
            boolean marked = Jdbc.update(c, "UPDATE alerts SET acknowledged = TRUE WHERE id = ? AND acknowledged = FALSE",
                    ps -> ps.setString(1, id)) == 1;
            if (marked) {
                Alert seen = Jdbc.list(c, SELECT_ALERTS + " WHERE id = ?", ps -> ps.setString(1, id), AlertRows::alert).get(0);
                Jdbc.update(c, INSERT_TRANSITION, ps -> AlertRows.bind(ps,
                        Alerts.transition(seen, AlertTransition.Change.ACKNOWLEDGED, at)));
            }
            return marked;
        });
    }

    @Override
    public Set<String> acknowledged(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return jdbc.call("read which alerts are acknowledged", c -> new HashSet<>(Jdbc.list(c,
                "SELECT id FROM alerts WHERE acknowledged = TRUE AND id = ANY(?)",
                ps -> ps.setArray(1, c.createArrayOf("VARCHAR", ids.toArray())), rs -> rs.getString(1))));
    }

    @Override
    public Optional<Alert> find(String id) {
        return jdbc.list("read alert " + id, SELECT_ALERTS + " WHERE id = ?", ps -> ps.setString(1, id), AlertRows::alert)
                .stream().findFirst();
    }

    @Override
    public List<Alert> open() {
        List<Alert> open = new ArrayList<>(jdbc.list("read the open alerts", SELECT_OPEN, Jdbc.Binder.NONE,
                AlertRows::alert));
        open.sort(AlertOrder.CURRENT);
        return open;
    }

    @Override
    public List<Alert> recent(int limit) {
        return jdbc.list("read the recent alerts", SELECT_ALERTS + " ORDER BY since DESC, id FETCH FIRST ? ROWS ONLY",
                ps -> ps.setInt(1, limit), AlertRows::alert);
    }

    @Override
    public List<AlertTransition> history(String alertId) {
        return jdbc.list("read the history of alert " + alertId, SELECT_TRANSITIONS + " WHERE alert_id = ? ORDER BY id",
                ps -> ps.setString(1, alertId), AlertRows::transition);
    }

    @Override
    public List<AlertTransition> history(int limit) {
        List<AlertTransition> out = new ArrayList<>(jdbc.list("read the alert history",
                SELECT_TRANSITIONS + " ORDER BY id DESC FETCH FIRST ? ROWS ONLY", ps -> ps.setInt(1, limit),
                AlertRows::transition));
        Collections.reverse(out);
        return out;
    }

    @Override
    public int deleteResolvedBefore(Instant cutoff) {
        return jdbc.update("delete alerts resolved before " + cutoff,
                "DELETE FROM alerts WHERE state = 'RESOLVED' AND resolved_at < ?", ps -> SqlValues.setInstant(ps, 1, cutoff));
    }

    /**
     * @throws IllegalArgumentException naming the setting when the stored settings are invalid; the caller falls
     *                                  back to the defaults and tells the user
     */
    @Override
    public Optional<AlertSettings> loadSettings() {
        return jdbc.list("read the alert settings", "SELECT json FROM alert_settings WHERE id = 1", Jdbc.Binder.NONE,
                        rs -> rs.getString(1))
                .stream().findFirst().map(json -> AlertSettingsJson.read(json, SETTINGS_ORIGIN));
    }

    @Override
    public void saveSettings(AlertSettings settings) {
        String json = AlertSettingsJson.write(settings);
        jdbc.call("save the alert settings", c -> Jdbc.update(c, jdbc.dialect(c) == Dialect.POSTGRESQL
                        ? "INSERT INTO alert_settings (id, json, updated_at) VALUES (1, ?, CURRENT_TIMESTAMP)"
                        + " ON CONFLICT (id) DO UPDATE SET json = EXCLUDED.json, updated_at = EXCLUDED.updated_at"
                        : "MERGE INTO alert_settings (id, json, updated_at) KEY (id) VALUES (1, ?, CURRENT_TIMESTAMP)",
                ps -> ps.setString(1, json)));
    }

    private String mergeAlert(Connection c) throws SQLException {
        return jdbc.dialect(c) == Dialect.POSTGRESQL ? UPSERT_ALERT : MERGE_ALERT;
    }
}
