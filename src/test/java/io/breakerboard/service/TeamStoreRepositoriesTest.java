package io.breakerboard.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.alerts.AlertRepository;
import io.breakerboard.alerts.AlertSettings;
import io.breakerboard.alerts.delivery.Delivery;
import io.breakerboard.alerts.delivery.DeliveryRepository;
import io.breakerboard.alerts.delivery.WebhookKind;
import io.breakerboard.chaos.ExperimentReport;
import io.breakerboard.chaos.ExperimentRepository;
import io.breakerboard.chaos.ExperimentStatus;
import io.breakerboard.chaos.ReportRepository;
import io.breakerboard.engine.memory.CheckpointHeader;
import io.breakerboard.engine.memory.CheckpointStore;
import io.breakerboard.engine.memory.Episode;
import io.breakerboard.engine.memory.EpisodeStore;
import io.breakerboard.engine.memory.JournalEntry;
import io.breakerboard.engine.reliability.CallKind;
import io.breakerboard.engine.sim.Domain;
import io.breakerboard.engine.workload.BalancerSettings;
import io.breakerboard.engine.workload.BalancerSettingsStore;
import io.breakerboard.engine.workload.BalancingStrategy;
import io.breakerboard.lab.Interval;
import io.breakerboard.lab.LabItem;
import io.breakerboard.lab.LabKind;
import io.breakerboard.lab.LabRun;
import io.breakerboard.lab.LabRunRepository;
import io.breakerboard.lab.LabValue;
import io.breakerboard.repository.Repositories;
import io.breakerboard.store.Store;
import io.breakerboard.testsupport.ExperimentReports;
import io.breakerboard.testsupport.TeamPostgres;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every repository the workspace wires writes a team store (PostgreSQL) as it writes the embedded one (H2). */
class TeamStoreRepositoriesTest {
    private static final Instant T = Instant.parse("2026-03-01T10:00:00.123Z");

    @TempDir
    Path dir;

    static Stream<Arguments> stores() {
        Supplier<String> embedded = () -> null;
        return Stream.of(Arguments.of("embedded", embedded), Arguments.of("team", (Supplier<String>) TeamPostgres::newDatabase));
    }

    private Store open(Supplier<String> database) {
        return StoreLocation.of(dir, database.get()).open(Clock.systemUTC());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void settingsExperimentsAndCheckpointsAreSavedAndReplaced(String name, Supplier<String> database) {
        try (Store store = open(database)) {
            Repositories repositories = new Repositories(store.database());
            AlertRepository alerts = repositories.alerts();
            alerts.saveSettings(AlertSettings.DEFAULTS);
            alerts.saveSettings(AlertSettings.DEFAULTS);
            assertThat(alerts.loadSettings()).contains(AlertSettings.DEFAULTS);

            ExperimentRepository experiments = repositories.experiments();
            experiments.save("latency", "{\"v\":1}", T);
            experiments.save("latency", "{\"v\":2}", T.plusSeconds(60));
            assertThat(experiments.all()).containsExactlyEntriesOf(Map.of("latency", "{\"v\":2}"));

            CheckpointStore checkpoints = repositories.checkpoints();
            CheckpointHeader header = new CheckpointHeader("run-1", "support-bot", "i-1", "react", "support", 7, 8,
                    null, null, T);
            checkpoints.begin(header);
            checkpoints.begin(header);
            assertThat(checkpoints.unfinished()).containsExactly(header);
            JournalEntry started = JournalEntry.started(0, CallKind.TOOL, "search", "{}", true, T.plusSeconds(1));
            checkpoints.record("run-1", started);
            checkpoints.record("run-1", started);
            assertThat(checkpoints.journal("run-1")).containsExactly(started);
            checkpoints.pause("run-1", T.plusSeconds(2));
            assertThat(checkpoints.unfinished()).singleElement().extracting(CheckpointHeader::pausedAt)
                    .isEqualTo(T.plusSeconds(2));
            checkpoints.resume("run-1", Duration.ofSeconds(3));
            assertThat(checkpoints.unfinished()).singleElement().extracting(CheckpointHeader::downtime)
                    .isEqualTo(Duration.ofSeconds(3));
            checkpoints.finish("run-1");
            assertThat(checkpoints.unfinished()).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void reportsRunsDeliveriesEpisodesAndBalancerSettingsComeBackAsSaved(String name, Supplier<String> database) {
        try (Store store = open(database)) {
            Repositories repositories = new Repositories(store.database());
            ReportRepository reports = repositories.reports();
            ExperimentReport report = ExperimentReports.sample("report-1", T, ExperimentStatus.DEVIATED);
            reports.save(report);
            assertThat(reports.recent(5)).containsExactly(report);

            LabRunRepository runs = repositories.labRuns();
            LabRun run = new LabRun("lab-1", LabKind.REPLAY, 3, "What-if replay", "tool-down on search", T,
                    List.of(new LabValue("Replayed", "lost", Interval.exact(1)),
                            new LabValue("Replayed", "breaker_openings", Interval.exact(Double.NaN))),
                    List.of(new LabItem(LabItem.LOST, "exec-7", "support-bot", "tool search failed")));
            runs.save(run);
            assertThat(runs.find("lab-1")).contains(run);

            DeliveryRepository deliveries = repositories.deliveries();
            Delivery delivery = new Delivery("ops", WebhookKind.SLACK, "https://hooks.example/x", "alert-1", "firing",
                    false, 3, 503, "x".repeat(1200), T, T.plusSeconds(4));
            deliveries.save(delivery);
            assertThat(deliveries.recent(5)).singleElement().satisfies(d -> {
                assertThat(d.detail()).hasSize(1000);
                assertThat(d.finished()).isEqualTo(T.plusSeconds(4));
            });

            EpisodeStore episodes = repositories.episodes();
            Episode episode = new Episode("run-9", "sre-triage", Domain.SRE, "Investigate 5xx", "Root cause: deploy",
                    "deploy", T);
            episodes.save(episode);
            episodes.save(new Episode("run-9", "sre-triage", Domain.SRE, "again", "ignored", null, T));
            assertThat(episodes.recent(5)).containsExactly(episode);

            BalancerSettingsStore balancer = repositories.balancerSettings();
            BalancerSettings settings = new BalancerSettings(BalancingStrategy.values()[1], 3, 40);
            balancer.save(BalancerSettings.defaults());
            balancer.save(settings);
            assertThat(balancer.load()).contains(settings);
        }
    }
}
