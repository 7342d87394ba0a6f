package io.breakerboard.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.breakerboard.alerts.AlertTransition;
import io.breakerboard.model.Alert;
import io.breakerboard.model.AlertState;
import io.breakerboard.model.Severity;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** Alerts and transitions to and from rows of the V3 alert tables. */
final class AlertRows {
    public static final String ALERT_COLUMNS = "id, rule, severity, state, subject, measured, threshold, unit, message, "
            + "since, fired_at, resolved_at, acknowledged, execution_keys";
    public static final String TRANSITION_COLUMNS =
            "alert_id, rule, subject, severity, change_kind, occurred_at, measured, message";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> KEYS = new TypeReference<>() { };

    private AlertRows() {
    }

    /** Binds an alert to the 14 parameters of {@link #ALERT_COLUMNS}, in order. */
    public static void bind(PreparedStatement ps, Alert a) throws SQLException {
        ps.setString(1, a.id());
        ps.setString(2, a.rule());
        ps.setString(3, a.severity().name());
        ps.setString(4, a.state().name());
        ps.setString(5, a.subject());
        ps.setDouble(6, a.value());
        ps.setDouble(7, a.threshold());
        ps.setString(8, a.unit());
        ps.setString(9, a.message());
        SqlValues.setInstant(ps, 10, a.since());
        SqlValues.setInstant(ps, 11, a.firedAt());
        SqlValues.setInstant(ps, 12, a.resolvedAt());
        ps.setBoolean(13, a.acknowledged());
        ps.setString(14, keysJson(a.executionKeys()));
    }

    /** Binds a transition to the 8 parameters of {@link #TRANSITION_COLUMNS}, in order. */
    public static void bind(PreparedStatement ps, AlertTransition t) throws SQLException {
        ps.setString(1, t.alertId());
        ps.setString(2, t.rule());
        ps.setString(3, t.subject());
        ps.setString(4, t.severity().name());
        ps.setString(5, t.change().name());
        SqlValues.setInstant(ps, 6, t.at());
        ps.setDouble(7, t.value());
        ps.setString(8, t.message());
    }

    public static Alert alert(ResultSet rs) throws SQLException {
        return new Alert(rs.getString("id"), rs.getString("rule"), Severity.valueOf(rs.getString("severity")),
                AlertState.valueOf(rs.getString("state")), rs.getString("subject"), rs.getDouble("measured"),
                rs.getDouble("threshold"), rs.getString("unit"), rs.getString("message"), SqlValues.instant(rs, "since"),
                SqlValues.instant(rs, "fired_at"), SqlValues.instant(rs, "resolved_at"), rs.getBoolean("acknowledged"),
                keys(rs.getString("execution_keys"), rs.getString("id")));
    }

    public static AlertTransition transition(ResultSet rs) throws SQLException {
        return new AlertTransition(rs.getString("alert_id"), rs.getString("rule"), rs.getString("subject"),
                Severity.valueOf(rs.getString("severity")), AlertTransition.Change.valueOf(rs.getString("change_kind")),
                SqlValues.instant(rs, "occurred_at"), rs.getDouble("measured"), rs.getString("message"));
    }

    private static String keysJson(List<String> keys) {
        try {
            return JSON.writeValueAsString(keys);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("execution keys could not be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static List<String> keys(String json, String alertId) throws SQLException {
        try {
            return JSON.readValue(json, KEYS);
        } catch (JsonProcessingException e) {
            throw new SQLException("alert " + alertId + " has unreadable execution_keys in table alerts: "
                    + e.getOriginalMessage(), e);
        }
    }
}
