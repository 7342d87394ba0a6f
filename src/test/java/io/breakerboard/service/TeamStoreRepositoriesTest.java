package io.breakerboard.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.alerts.AlertSettings;
import io.breakerboard.repository.JdbcAlertRepository;
import io.breakerboard.repository.JdbcExperimentRepository;
import io.breakerboard.engine.checkpoint.CheckpointHeader;
import io.breakerboard.repository.JdbcCheckpointStore;
import io.breakerboard.store.Store;
import io.breakerboard.testsupport.TeamPostgres;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The alert, chaos and engine repositories write a team store as they write the embedded one. */
class TeamStoreRepositoriesTest {
    @TempDir
    Path dir;

    @Test
    void settingsExperimentsAndCheckpointsAreSavedAndReplacedOnPostgres() {
        try (Store store = StoreLocation.of(dir, TeamPostgres.newDatabase()).open(Clock.systemUTC())) {
            DataSource ds = store.database().dataSource();
            JdbcAlertRepository alerts = new JdbcAlertRepository(ds);
            alerts.saveSettings(AlertSettings.DEFAULTS);
            alerts.saveSettings(AlertSettings.DEFAULTS);
            assertThat(alerts.loadSettings()).contains(AlertSettings.DEFAULTS);

            JdbcExperimentRepository experiments = new JdbcExperimentRepository(ds);
            experiments.save("latency", "{\"v\":1}", Instant.parse("2026-03-01T10:00:00Z"));
            experiments.save("latency", "{\"v\":2}", Instant.parse("2026-03-01T10:01:00Z"));
            assertThat(experiments.all()).containsExactlyEntriesOf(java.util.Map.of("latency", "{\"v\":2}"));

            JdbcCheckpointStore checkpoints = new JdbcCheckpointStore(ds);
            CheckpointHeader header = new CheckpointHeader("run-1", "support-bot", "i-1", "react", "support", 7, 8,
                    null, null, Instant.parse("2026-03-01T10:00:00Z"));
            checkpoints.begin(header);
            checkpoints.begin(header);
            assertThat(checkpoints.unfinished()).containsExactly(header);
        }
    }
}
