package io.breakerboard.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.alerts.AlertRepository;
import io.breakerboard.alerts.AlertTransition;
import io.breakerboard.alerts.BreakerStateSource;
import io.breakerboard.repository.Repositories;
import io.breakerboard.model.Alert;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Outcome;
import io.breakerboard.store.Store;
import io.breakerboard.testsupport.TeamPostgres;
import io.breakerboard.testsupport.TestComponents;
import io.breakerboard.testsupport.WaitFor;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a team store one process judges the alerts; a person acknowledging an alert on another desktop is heard by
 * that process and by every desktop, and the judging process's later writes keep the mark.
 */
class TeamAlertAcknowledgementTest {
    @TempDir
    Path dir;

    private LocalWorkspace open(String url, String name) {
        LocalWorkspace ws = WorkspaceAssembler.open(StoreLocation.of(dir.resolve(name), url), TestComponents.standard());
        ws.alerting().start(BreakerStateSource.NONE);
        return ws;
    }

    /** One execution costing $0.50, over the default $0.30 limit: a "high cost" anomaly. */
    private static Execution costly(String key) {
        return Execution.builder(key).agent("billing").startedAt(Instant.now().minusSeconds(30))
                .duration(Duration.ofMillis(400)).outcome(Outcome.SUCCESS).costMicros(500_000).build();
    }

    private static Optional<Alert> about(List<Alert> alerts, String key) {
        return alerts.stream().filter(a -> a.executionKeys().contains(key)).findFirst();
    }

    @Test
    void anAlertAcknowledgedOnADesktopThatDoesNotJudgeIsAcknowledgedForTheJudgeAndEveryDesktop() {
        String url = TeamPostgres.newDatabase();
        try (LocalWorkspace judge = open(url, "judge")) {
            judge.pipeline().write(List.of(costly("before")));
            // Only the judge looks for anomalies: an alert in its own list means it holds the alert lock.
            WaitFor.condition(() -> about(judge.alerting().alerts(), "before").isPresent());
            try (LocalWorkspace desk = open(url, "desk"); LocalWorkspace other = open(url, "other")) {
                // Raised after the desktops started, so only the store tells them of it.
                judge.pipeline().write(List.of(costly("after")));
                WaitFor.condition(() -> about(desk.alerting().alerts(), "after").isPresent()
                        && about(desk.alerting().alerts(), "before").isPresent());
                String before = about(desk.alerting().alerts(), "before").orElseThrow().id();
                String after = about(desk.alerting().alerts(), "after").orElseThrow().id();

                desk.alerting().acknowledge(before);
                desk.alerting().acknowledge(after);
                desk.alerting().acknowledge(after);

                WaitFor.condition(() -> about(judge.alerting().alerts(), "before").orElseThrow().acknowledged()
                        && about(judge.alerting().alerts(), "after").orElseThrow().acknowledged());
                assertThat(about(other.alerting().alerts(), "before").orElseThrow().acknowledged()).isTrue();
                assertThat(about(other.alerting().alerts(), "after").orElseThrow().acknowledged()).isTrue();
                assertThat(about(desk.alerting().alerts(), "after").orElseThrow().acknowledged()).isTrue();
            }
        }
        try (Store store = StoreLocation.of(dir.resolve("check"), url).open(Clock.systemUTC())) {
            AlertRepository alerts = new Repositories(store.database()).alerts();
            List<Alert> stored = alerts.recent(10);
            assertThat(stored).filteredOn(a -> a.rule().equals(about(stored, "after").orElseThrow().rule()))
                    .hasSize(2).allMatch(Alert::acknowledged);
            for (Alert a : stored.stream().filter(a -> a.executionKeys().contains("before")
                    || a.executionKeys().contains("after")).toList()) {
                assertThat(alerts.history(a.id())).filteredOn(t -> t.change() == AlertTransition.Change.ACKNOWLEDGED)
                        .as("one acknowledgement of " + a.id()).hasSize(1);
            }
        }
    }

    @Test
    void theJudgesLaterWriteOfAnAlertKeepsAnAcknowledgementStoredMeanwhile() {
        try (Store store = StoreLocation.of(dir.resolve("one"), TeamPostgres.newDatabase()).open(Clock.systemUTC())) {
            AlertRepository alerts = new Repositories(store.database()).alerts();
            Instant t = Instant.parse("2026-03-01T10:00:00Z");
            Alert firing = new Alert("error_rate/all/1", "error_rate", io.breakerboard.model.Severity.CRITICAL,
                    io.breakerboard.model.AlertState.FIRING, "all", 0.5, 0.1, "ratio", "Error rate 50 %", t, t, null,
                    false, List.of());
            alerts.save(firing);
            assertThat(alerts.acknowledge(firing.id(), t.plusSeconds(5))).isTrue();
            assertThat(alerts.acknowledge(firing.id(), t.plusSeconds(6))).isFalse();
            assertThat(alerts.acknowledge("no-such-alert", t)).isFalse();
            // The judge resolves its copy, which it read before the acknowledgement.
            Alert resolved = new Alert(firing.id(), firing.rule(), firing.severity(),
                    io.breakerboard.model.AlertState.RESOLVED, "all", 0.01, 0.1, "ratio", "Error rate 1 %", t, t,
                    t.plusSeconds(60), false, List.of());
            alerts.save(resolved);
            Alert now = alerts.find(firing.id()).orElseThrow();
            assertThat(now.state()).isEqualTo(io.breakerboard.model.AlertState.RESOLVED);
            assertThat(now.acknowledged()).isTrue();
            assertThat(alerts.acknowledged(List.of(firing.id(), "no-such-alert"))).containsExactly(firing.id());
        }
    }
}
