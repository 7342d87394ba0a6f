package io.breakerboard.ui.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.model.Alert;
import io.breakerboard.model.AlertState;
import io.breakerboard.model.Severity;
import io.breakerboard.ui.UiExecutor;
import io.breakerboard.ui.testing.FakeAlerting;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlertsViewModelTest {
    private static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");
    private final FakeAlerting alerting = new FakeAlerting();
    private final AlertsViewModel vm = new AlertsViewModel(alerting, UiExecutor.direct());

    private static Alert alert(String id, Severity severity, AlertState state, int minutesAgo) {
        Instant at = NOW.minusSeconds(60L * minutesAgo);
        return new Alert(id, "error-rate", severity, state, "coder", 12, 10, "%", "coder fails", at,
                state == AlertState.PENDING ? null : at, state == AlertState.RESOLVED ? at : null, false, List.of());
    }

    @Test
    void firingAlertsComeFirstThenPendingThenResolved() {
        vm.apply(List.of(
                alert("resolved", Severity.CRITICAL, AlertState.RESOLVED, 1),
                alert("pending", Severity.CRITICAL, AlertState.PENDING, 1),
                alert("firing-warning", Severity.WARNING, AlertState.FIRING, 1),
                alert("firing-critical-old", Severity.CRITICAL, AlertState.FIRING, 30),
                alert("firing-critical-new", Severity.CRITICAL, AlertState.FIRING, 2)));

        assertThat(vm.alerts()).extracting(Alert::id).containsExactly(
                "firing-critical-new", "firing-critical-old", "firing-warning", "pending", "resolved");
        assertThat(vm.firingProperty().get()).isEqualTo(3);
    }

    @Test
    void anomaliesOfSingleExecutionsAreCountedApartAndListedAfterTheRulesAlerts() {
        Alert anomaly = new Alert("max-cost/e1", "max-cost", Severity.WARNING, AlertState.FIRING, "coder", 0.5, 0.3, "USD",
                "Execution e1 of agent 'coder' cost $0.50", NOW, NOW, null, false, List.of("e1"));

        vm.apply(List.of(anomaly, alert("rule", Severity.WARNING, AlertState.FIRING, 30)));

        assertThat(vm.alerts()).extracting(Alert::id).containsExactly("rule", "max-cost/e1");
        assertThat(vm.firingProperty().get()).isEqualTo(1);
        assertThat(vm.anomaliesProperty().get()).isEqualTo(1);
    }

    @Test
    void acknowledgingShowsAtOnceAndTellsTheWorkspace() {
        vm.apply(List.of(alert("a", Severity.CRITICAL, AlertState.FIRING, 1)));

        vm.acknowledge("a");

        assertThat(vm.alerts().get(0).acknowledged()).isTrue();
        assertThat(alerting.acknowledged()).containsExactly("a");
    }
}
