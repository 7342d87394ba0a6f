package io.breakerboard.repository;

import io.breakerboard.engine.workload.BalancerSettings;
import io.breakerboard.engine.workload.BalancerSettingsStore;
import io.breakerboard.engine.workload.BalancingStrategy;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The balancer settings as one row of {@code engine_balancer} (migration V11). Saving replaces the row in one
 * transaction (delete, insert), which every SQL database runs the same way.
 */
public final class JdbcBalancerSettingsStore implements BalancerSettingsStore {
    private final Jdbc jdbc;

    public JdbcBalancerSettingsStore(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource, IllegalStateException::new);
    }

    /** @throws IllegalStateException naming the stored value when it is no longer valid */
    @Override
    public Optional<BalancerSettings> load() {
        try {
            return jdbc.list("read the balancer settings",
                    "SELECT strategy, instance_capacity, queue_capacity FROM engine_balancer WHERE id = 1", Jdbc.Binder.NONE,
                    rs -> new BalancerSettings(BalancingStrategy.parse(rs.getString(1)), rs.getInt(2), rs.getInt(3)))
                    .stream().findFirst();
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the stored balancer settings are invalid: " + e.getMessage(), e);
        }
    }

    @Override
    public void save(BalancerSettings s) {
        jdbc.transaction("save the balancer settings", c -> {
            Jdbc.update(c, "DELETE FROM engine_balancer WHERE id = 1", Jdbc.Binder.NONE);
            return Jdbc.update(c, "INSERT INTO engine_balancer (id, strategy, instance_capacity, queue_capacity, updated_at)"
                    + " VALUES (1, ?, ?, ?, CURRENT_TIMESTAMP)", ps -> {
                        ps.setString(1, s.strategy().id());
                        ps.setInt(2, s.instanceCapacity());
                        ps.setInt(3, s.queueCapacity());
                    });
        });
    }
}
