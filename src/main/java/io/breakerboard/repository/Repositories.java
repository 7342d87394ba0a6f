package io.breakerboard.repository;

import io.breakerboard.alerts.AlertRepository;
import io.breakerboard.alerts.delivery.DeliveryRepository;
import io.breakerboard.chaos.ExperimentRepository;
import io.breakerboard.chaos.ReportRepository;
import io.breakerboard.engine.memory.CheckpointStore;
import io.breakerboard.engine.memory.EpisodeStore;
import io.breakerboard.engine.workload.BalancerSettingsStore;
import io.breakerboard.lab.LabRunRepository;
import io.breakerboard.store.StoreDatabase;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * The repositories of alerts, deliveries, experiments, reports, lab runs, checkpoints, episodes and balancer
 * settings on a store's database, embedded H2 or a team store's PostgreSQL. Each comes as the interface its own
 * package defines, so the service layer that wires them sees no JDBC. The database must be migrated.
 */
public final class Repositories {
    private final DataSource dataSource;

    public Repositories(StoreDatabase database) {
        this.dataSource = Objects.requireNonNull(database, "database").dataSource();
    }

    public AlertRepository alerts() {
        return new JdbcAlertRepository(dataSource);
    }

    public DeliveryRepository deliveries() {
        return new JdbcDeliveryRepository(dataSource);
    }

    public ExperimentRepository experiments() {
        return new JdbcExperimentRepository(dataSource);
    }

    public ReportRepository reports() {
        return new JdbcReportRepository(dataSource);
    }

    public LabRunRepository labRuns() {
        return new JdbcLabRunRepository(dataSource);
    }

    public CheckpointStore checkpoints() {
        return new JdbcCheckpointStore(dataSource);
    }

    public EpisodeStore episodes() {
        return new JdbcEpisodeStore(dataSource);
    }

    public BalancerSettingsStore balancerSettings() {
        return new JdbcBalancerSettingsStore(dataSource);
    }
}
