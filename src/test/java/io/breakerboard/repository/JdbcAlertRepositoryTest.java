package io.breakerboard.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breakerboard.alerts.AlertSettings;
import io.breakerboard.alerts.AlertStoreException;
import io.breakerboard.alerts.AlertTransition;
import io.breakerboard.alerts.AlertTransition.Change;
import io.breakerboard.alerts.AnomalyDetector;
import io.breakerboard.alerts.RuleKind;
import io.breakerboard.model.Alert;
import io.breakerboard.model.AlertState;
import io.breakerboard.model.Severity;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbcAlertRepositoryTest {
    private static final Instant T = Instant.parse("2025-03-10T12:00:00.123456789Z");

    private static JdbcDataSource dataSource;

    private final JdbcAlertRepository repo = new JdbcAlertRepository(dataSource);

    @BeforeAll
    static void migrate() {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:alerts-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    }

    @BeforeEach
    void empty() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM alerts");
            s.executeUpdate("DELETE FROM alert_transitions");
            s.executeUpdate("DELETE FROM alert_settings");
        }
    }

    private static Alert alert(String id, AlertState state, Instant since) {
        return new Alert(id, "error-rate", Severity.CRITICAL, state, "all", 31.5, 20, "%", "Error rate 31.5 %", since,
                state == AlertState.PENDING ? null : since.plusSeconds(60),
                state == AlertState.RESOLVED ? since.plusSeconds(600) : null, false, List.of());
    }

    @Test
    void anAlertComesBackExactlyAsSaved() {
        Alert anomaly = new Alert("tool-loop/run-7", AnomalyDetector.TOOL_LOOP, Severity.WARNING, AlertState.FIRING,
                "researcher", 4, 3, "calls", "Execution run-7 called tool 'search' 4 times", T, T.plusSeconds(9), null,
                true, List.of("run-7", "key with \"quotes\""));

        repo.save(anomaly);

        assertThat(repo.find("tool-loop/run-7")).contains(anomaly);
        assertThat(repo.find("missing")).isEmpty();
    }

    @Test
    void acknowledgingMarksOnlyTheMarkAndAppendsOneTransition() {
        Alert firing = alert("a", AlertState.FIRING, T);
        repo.save(firing);

        assertThat(repo.acknowledge("a", T.plusSeconds(90))).isTrue();
        assertThat(repo.acknowledge("a", T.plusSeconds(95))).as("already acknowledged").isFalse();
        assertThat(repo.acknowledge("missing", T)).isFalse();

        Alert stored = repo.find("a").orElseThrow();
        assertThat(stored.acknowledged()).isTrue();
        assertThat(stored).usingRecursiveComparison().ignoringFields("acknowledged").isEqualTo(firing);
        assertThat(repo.history("a")).singleElement().satisfies(t -> {
            assertThat(t.change()).isEqualTo(Change.ACKNOWLEDGED);
            assertThat(t.at()).isEqualTo(T.plusSeconds(90));
        });
        assertThat(repo.acknowledged(List.of("a", "missing"))).containsExactly("a");
        assertThat(repo.acknowledged(List.of())).isEmpty();
    }

    @Test
    void savingAgainReplacesTheAlert() {
        repo.save(alert("a", AlertState.PENDING, T));
        Alert fired = alert("a", AlertState.FIRING, T);

        repo.save(fired);

        assertThat(repo.recent(10)).containsExactly(fired);
    }

    @Test
    void openAlertsAreFiringFirstAndRecentAreNewestFirst() {
        Alert pending = alert("p", AlertState.PENDING, T.plusSeconds(30));
        Alert firing = alert("f", AlertState.FIRING, T);
        Alert resolved = alert("r", AlertState.RESOLVED, T.plusSeconds(60));
        repo.save(pending);
        repo.save(firing);
        repo.save(resolved);

        assertThat(repo.open()).containsExactly(firing, pending);
        assertThat(repo.recent(2)).containsExactly(resolved, pending);
    }

    @Test
    void anomaliesAreNotOpenAlertsHoweverManyAreStored() {
        Alert firing = alert("f", AlertState.FIRING, T);
        repo.save(firing);
        for (int i = 0; i < 50; i++) {
            repo.save(new Alert("tool-loop/run-" + i, AnomalyDetector.TOOL_LOOP, Severity.WARNING, AlertState.FIRING,
                    "researcher", 4, 3, "calls", "Execution run-" + i + " called tool 'search' 4 times",
                    T.plusSeconds(i), T.plusSeconds(i), null, false, List.of("run-" + i)));
        }

        // An anomaly is an event that never resolves: counted among the open alerts, every anomaly ever stored was
        // read at each start (10,334 of them on a store of a million executions).
        assertThat(repo.open()).containsExactly(firing);
        assertThat(repo.recent(3)).extracting(Alert::id)
                .containsExactly("tool-loop/run-49", "tool-loop/run-48", "tool-loop/run-47");
    }

    @Test
    void theOpenAlertsAreFoundByTheirRuleNotByReadingEveryFiringAnomaly() throws Exception {
        // Every stored anomaly is firing, so the index by state led the start-up read through all of them: 10,334
        // alerts on a store of a million executions, a fifth of opening it.
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             java.sql.ResultSet plan = s.executeQuery("EXPLAIN " + JdbcAlertRepository.SELECT_OPEN)) {
            plan.next();
            assertThat(plan.getString(1)).contains("ALERTS_BY_RULE").doesNotContain("ALERTS_BY_STATE");
        }
    }

    @Test
    void transitionsAreKeptInOrderPerAlertAndOverall() {
        Alert a = alert("a", AlertState.FIRING, T);
        AlertTransition fired = new AlertTransition("a", "error-rate", "all", Severity.CRITICAL, Change.FIRING, T, 31.5,
                "Error rate 31.5 %");
        AlertTransition acked = new AlertTransition("a", "error-rate", "all", Severity.CRITICAL, Change.ACKNOWLEDGED,
                T.plusSeconds(5), 31.5, "Error rate 31.5 %");
        AlertTransition other = new AlertTransition("b", "no-data", "all", Severity.WARNING, Change.PENDING,
                T.plusSeconds(7), 11, null);

        repo.record(fired, a);
        repo.append(acked);
        repo.append(other);

        assertThat(repo.history("a")).containsExactly(fired, acked);
        assertThat(repo.history(2)).containsExactly(acked, other);
        assertThat(repo.find("a")).contains(a);
    }

    @Test
    void deletingOldResolvedAlertsKeepsTheirHistory() {
        repo.record(new AlertTransition("r", "error-rate", "all", Severity.CRITICAL, Change.RESOLVED, T, 10, "back"),
                alert("r", AlertState.RESOLVED, T));
        repo.save(alert("f", AlertState.FIRING, T));

        int deleted = repo.deleteResolvedBefore(T.plus(Duration.ofHours(1)));

        assertThat(deleted).isEqualTo(1);
        assertThat(repo.recent(10)).extracting(Alert::id).containsExactly("f");
        assertThat(repo.history("r")).hasSize(1);
    }

    @Test
    void settingsAreStoredAsOneJsonRow() throws Exception {
        assertThat(repo.loadSettings()).isEmpty();
        AlertSettings changed = AlertSettings.DEFAULTS.with(RuleKind.ERROR_RATE,
                AlertSettings.DEFAULTS.errorRate().withThresholds(25, 10));

        repo.saveSettings(AlertSettings.DEFAULTS);
        repo.saveSettings(changed);

        assertThat(repo.loadSettings()).contains(changed);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            var rs = s.executeQuery("SELECT COUNT(*), MAX(json) FROM alert_settings");
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
            assertThat(rs.getString(2)).contains("\"threshold\" : 25.0");
        }
    }

    @Test
    void invalidStoredSettingsNameTheTableAndTheSetting() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO alert_settings (id, json, updated_at) VALUES "
                    + "(1, '{\"errorRate\": {\"threshold\": 140}}', CURRENT_TIMESTAMP)");
        }

        assertThatThrownBy(() -> repo.loadSettings())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("alert settings in table alert_settings: error-rate threshold must be between 0 and 100 %, got 140");
    }

    @Test
    void aFailingStoreSaysWhatCouldNotBeDone() {
        JdbcDataSource empty = new JdbcDataSource();
        empty.setURL("jdbc:h2:mem:unmigrated-" + UUID.randomUUID());
        JdbcAlertRepository unmigrated = new JdbcAlertRepository(empty);

        assertThatThrownBy(() -> unmigrated.save(alert("x", AlertState.FIRING, T)))
                .isInstanceOf(AlertStoreException.class)
                .hasMessageStartingWith("could not save alert x: ")
                .hasMessageEndingWith("; check that the database is open and its data directory writable");
    }
}
