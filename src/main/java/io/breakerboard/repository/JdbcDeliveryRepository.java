package io.breakerboard.repository;

import io.breakerboard.alerts.AlertStoreException;
import io.breakerboard.alerts.delivery.Delivery;
import io.breakerboard.alerts.delivery.DeliveryRepository;
import io.breakerboard.alerts.delivery.WebhookKind;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;

/** Delivery records in the {@code alert_deliveries} table ({@code V9__alert_deliveries.sql}); times as epoch milliseconds. */
public final class JdbcDeliveryRepository implements DeliveryRepository {
    private static final String COLUMNS = "webhook, kind, target, alert_id, event, delivered, attempts, http_status, detail,"
            + " first_attempt_ms, finished_ms";
    private static final int DETAIL_LIMIT = 1000;

    private final Jdbc jdbc;

    public JdbcDeliveryRepository(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource, AlertStoreException::new);
    }

    @Override
    public void save(Delivery d) {
        jdbc.update("store the delivery of " + d.alertId() + " to " + d.webhook(), Jdbc.insert("alert_deliveries", COLUMNS),
                ps -> {
                    ps.setString(1, d.webhook());
                    ps.setString(2, d.kind().id());
                    ps.setString(3, d.target());
                    ps.setString(4, d.alertId());
                    ps.setString(5, d.event());
                    ps.setBoolean(6, d.delivered());
                    ps.setInt(7, d.attempts());
                    ps.setInt(8, d.httpStatus());
                    SqlValues.setText(ps, 9, d.detail(), DETAIL_LIMIT);
                    ps.setLong(10, d.firstAttempt().toEpochMilli());
                    ps.setLong(11, d.finished().toEpochMilli());
                });
    }

    @Override
    public List<Delivery> recent(int limit) {
        return jdbc.list("read the alert deliveries", "SELECT " + COLUMNS
                        + " FROM alert_deliveries ORDER BY id DESC FETCH FIRST ? ROWS ONLY", ps -> ps.setInt(1, limit),
                rs -> new Delivery(rs.getString(1), WebhookKind.parse(rs.getString(2)), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getBoolean(6), rs.getInt(7), rs.getInt(8),
                        rs.getString(9), Instant.ofEpochMilli(rs.getLong(10)), Instant.ofEpochMilli(rs.getLong(11))));
    }
}
