package io.breakerboard.repository;

import io.breakerboard.engine.balance.BalancerSettings;
import io.breakerboard.engine.balance.BalancerSettingsStore;
import io.breakerboard.engine.balance.BalancingStrategy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The balancer settings as one row of {@code engine_balancer} (migration V11). Saving replaces the row in one
 * transaction (delete, insert), which every SQL database runs the same way.
 */
public final class JdbcBalancerSettingsStore implements BalancerSettingsStore {
    private final DataSource dataSource;

    public JdbcBalancerSettingsStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** @throws IllegalStateException naming the stored value when it is no longer valid */
    @Override
    public Optional<BalancerSettings> load() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT strategy, instance_capacity, queue_capacity FROM engine_balancer WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            return Optional.of(new BalancerSettings(BalancingStrategy.parse(rs.getString(1)), rs.getInt(2), rs.getInt(3)));
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the balancer settings: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the stored balancer settings are invalid: " + e.getMessage(), e);
        }
    }

    @Override
    public void save(BalancerSettings s) {
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (PreparedStatement del = c.prepareStatement("DELETE FROM engine_balancer WHERE id = 1");
                 PreparedStatement ins = c.prepareStatement("INSERT INTO engine_balancer (id, strategy, "
                         + "instance_capacity, queue_capacity, updated_at) VALUES (1, ?, ?, ?, CURRENT_TIMESTAMP)")) {
                del.executeUpdate();
                ins.setString(1, s.strategy().id());
                ins.setInt(2, s.instanceCapacity());
                ins.setInt(3, s.queueCapacity());
                ins.executeUpdate();
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not save the balancer settings: " + e.getMessage(), e);
        }
    }
}
