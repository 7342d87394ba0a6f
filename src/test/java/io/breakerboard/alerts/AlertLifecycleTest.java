package io.breakerboard.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.alerts.AlertTransition.Change;
import io.breakerboard.alerts.internal.AlertLifecycle;
import io.breakerboard.alerts.internal.AlertLifecycle.Step;
import io.breakerboard.model.Alert;
import io.breakerboard.model.AlertState;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** One test per transition of the lifecycle, and the non-transitions that keep it from flapping. */
class AlertLifecycleTest {
    private static final Instant T = Instant.parse("2025-03-10T12:00:00Z");
    private static final RuleSettings WAITS = AlertSettings.DEFAULTS.errorRate().withPendingFor(Duration.ofMinutes(2));
    private static final RuleKind K = RuleKind.ERROR_RATE;

    private static Step step(Alert current, Double value, Instant now) {
        return AlertLifecycle.advance(current, K, "all", value, "too few", WAITS, now, () -> "id-1");
    }

    private static Alert pending() {
        return step(null, 25.0, T).alert();
    }

    private static Alert firing() {
        return step(pending(), 25.0, T.plusSeconds(120)).alert();
    }

    @Test
    void nothingStartsAtOrBelowTheThreshold() {
        assertThat(step(null, 20.0, T)).isEqualTo(new Step(null, null));
        assertThat(step(null, null, T)).isEqualTo(new Step(null, null));
    }

    @Test
    void noneToPendingAboveTheThreshold() {
        Step s = step(null, 20.1, T);

        assertThat(s.change()).isEqualTo(Change.PENDING);
        assertThat(s.alert().state()).isEqualTo(AlertState.PENDING);
        assertThat(s.alert().since()).isEqualTo(T);
        assertThat(s.open()).isTrue();
    }

    @Test
    void noneToFiringAtOnceWithoutAPendingPeriod() {
        Step s = AlertLifecycle.advance(null, K, "all", 25.0, "", WAITS.withPendingFor(Duration.ZERO), T, () -> "id");

        assertThat(s.change()).isEqualTo(Change.FIRING);
        assertThat(s.alert().firedAt()).isEqualTo(T);
    }

    @Test
    void pendingStaysPendingBeforeThePeriodEnds() {
        Step s = step(pending(), 30.0, T.plusSeconds(119));

        assertThat(s.change()).isNull();
        assertThat(s.alert().state()).isEqualTo(AlertState.PENDING);
        assertThat(s.alert().value()).isEqualTo(30.0);
    }

    @Test
    void pendingToFiringWhenThePeriodEnds() {
        Step s = step(pending(), 30.0, T.plusSeconds(120));

        assertThat(s.change()).isEqualTo(Change.FIRING);
        assertThat(s.alert().firedAt()).isEqualTo(T.plusSeconds(120));
        assertThat(s.alert().since()).isEqualTo(T);
    }

    @Test
    void pendingClearsOnceTheValueIsBackWithinTheThresholdNotTheRecovery() {
        Step s = step(pending(), 19.0, T.plusSeconds(60));

        assertThat(s.change()).isEqualTo(Change.CLEARED);
        assertThat(s.open()).isFalse();
        assertThat(s.alert().firedAt()).isNull();
    }

    @Test
    void pendingClearsWhenNoLongerMeasured() {
        Step s = step(pending(), null, T.plusSeconds(60));

        assertThat(s.change()).isEqualTo(Change.CLEARED);
        assertThat(s.alert().message()).isEqualTo("Error rate no longer judged: too few");
    }

    @Test
    void firingHoldsBetweenRecoveryAndThreshold() {
        Step s = step(firing(), 15.0, T.plusSeconds(180));

        assertThat(s.change()).isNull();
        assertThat(s.alert().state()).isEqualTo(AlertState.FIRING);
        assertThat(s.alert().value()).isEqualTo(15.0);
    }

    @Test
    void firingToResolvedBelowTheRecovery() {
        Step s = step(firing(), 14.9, T.plusSeconds(180));

        assertThat(s.change()).isEqualTo(Change.RESOLVED);
        assertThat(s.alert().resolvedAt()).isEqualTo(T.plusSeconds(180));
        assertThat(s.alert().firedAt()).isEqualTo(T.plusSeconds(120));
        assertThat(s.open()).isFalse();
    }

    @Test
    void firingToResolvedWhenNoLongerMeasuredKeepsTheLastValue() {
        Step s = step(firing(), null, T.plusSeconds(180));

        assertThat(s.change()).isEqualTo(Change.RESOLVED);
        assertThat(s.alert().value()).isEqualTo(25.0);
    }

    @Test
    void anAcknowledgedAlertKeepsItsMarkThroughEveryStep() {
        Alert acked = new Alert(pending().id(), "error-rate", pending().severity(), AlertState.PENDING, "all", 25, 20,
                "%", "m", T, null, null, true, java.util.List.of());

        Alert fired = step(acked, 26.0, T.plusSeconds(120)).alert();
        Alert resolved = step(fired, 1.0, T.plusSeconds(200)).alert();

        assertThat(fired.acknowledged()).isTrue();
        assertThat(resolved.acknowledged()).isTrue();
    }
}
