package io.breakerboard.repository;

import io.breakerboard.alerts.AlertStoreException;
import io.breakerboard.alerts.delivery.Delivery;
import io.breakerboard.alerts.delivery.DeliveryRepository;
import io.breakerboard.alerts.delivery.WebhookKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Delivery records in the {@code alert_deliveries} table ({@code V9__alert_deliveries.sql}); times as epoch milliseconds. */
public final class JdbcDeliveryRepository implements DeliveryRepository {
    private static final String COLUMNS = "webhook, kind, target, alert_id, event, delivered, attempts, http_status, detail,"
            + " first_attempt_ms, finished_ms";
    private static final int DETAIL_LIMIT = 1000;

    private final DataSource dataSource;

    public JdbcDeliveryRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void save(Delivery d) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO alert_deliveries (" + COLUMNS
                     + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, d.webhook());
            ps.setString(2, d.kind().id());
            ps.setString(3, d.target());
            ps.setString(4, d.alertId());
            ps.setString(5, d.event());
            ps.setBoolean(6, d.delivered());
            ps.setInt(7, d.attempts());
            ps.setInt(8, d.httpStatus());
            if (d.detail() == null) {
                ps.setNull(9, Types.VARCHAR);
            } else {
                ps.setString(9, d.detail().length() > DETAIL_LIMIT ? d.detail().substring(0, DETAIL_LIMIT) : d.detail());
            }
            ps.setLong(10, d.firstAttempt().toEpochMilli());
            ps.setLong(11, d.finished().toEpochMilli());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new AlertStoreException("cannot store the delivery of " + d.alertId() + " to " + d.webhook(), e);
        }
    }

    @Override
    public List<Delivery> recent(int limit) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                     + " FROM alert_deliveries ORDER BY id DESC FETCH FIRST ? ROWS ONLY")) {
            ps.setInt(1, limit);
            List<Delivery> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Delivery(rs.getString(1), WebhookKind.parse(rs.getString(2)), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getBoolean(6), rs.getInt(7), rs.getInt(8),
                            rs.getString(9), Instant.ofEpochMilli(rs.getLong(10)), Instant.ofEpochMilli(rs.getLong(11))));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new AlertStoreException("cannot read the alert deliveries", e);
        }
    }
}
