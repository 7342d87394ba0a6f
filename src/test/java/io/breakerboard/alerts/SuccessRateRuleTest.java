package io.breakerboard.alerts;

import static io.breakerboard.alerts.AlertTransition.Change.CLEARED;
import static io.breakerboard.alerts.AlertTransition.Change.FIRING;
import static io.breakerboard.alerts.AlertTransition.Change.PENDING;
import static io.breakerboard.alerts.AlertTransition.Change.RESOLVED;
import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.model.Alert;
import io.breakerboard.model.AlertState;
import io.breakerboard.model.Severity;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SuccessRateRuleTest {
    private final EngineFixture f = new EngineFixture();

    @Test
    void successRateUnderEightyPercentIsPendingUntilItHeldForTwoMinutesThenFires() {
        f.metrics.add(f.now(), 7, 3);
        Alert pending = f.evaluateOne(RuleKind.SUCCESS_RATE).orElseThrow();
        assertThat(pending.state()).isEqualTo(AlertState.PENDING);
        assertThat(pending.since()).isEqualTo(EngineFixture.T0);
        assertThat(pending.firedAt()).isNull();

        f.advance(Duration.ofSeconds(119));
        assertThat(f.evaluateOne(RuleKind.SUCCESS_RATE).orElseThrow().state()).isEqualTo(AlertState.PENDING);

        f.advance(Duration.ofSeconds(1));
        Alert firing = f.evaluateOne(RuleKind.SUCCESS_RATE).orElseThrow();
        assertThat(firing.state()).isEqualTo(AlertState.FIRING);
        assertThat(firing.id()).isEqualTo(pending.id());
        assertThat(firing.severity()).isEqualTo(Severity.WARNING);
        assertThat(firing.firedAt()).isEqualTo(EngineFixture.T0.plusSeconds(120));
        assertThat(firing.message()).isEqualTo("Success rate 70 % over the last 15 min, below 80 %");
        assertThat(f.changes(RuleKind.SUCCESS_RATE)).containsExactly(PENDING, FIRING);
    }

    @Test
    void pendingThatClearsGoesAwayWithoutFiring() {
        f.metrics.add(f.now(), 7, 3);
        f.evaluate(RuleKind.SUCCESS_RATE);

        f.advance(Duration.ofSeconds(60)).metrics.add(f.now(), 30, 0);
        assertThat(f.evaluate(RuleKind.SUCCESS_RATE)).isEmpty();

        f.advance(Duration.ofMinutes(5));
        assertThat(f.evaluate(RuleKind.SUCCESS_RATE)).isEmpty();
        assertThat(f.changes(RuleKind.SUCCESS_RATE)).containsExactly(PENDING, CLEARED);
        assertThat(f.told).filteredOn(t -> t.rule().equals("success-rate"))
                .extracting(AlertTransition::change).containsExactly(PENDING, CLEARED);
    }

    @Test
    void firingResolvesOnlyAboveTheRecoveryThreshold() {
        f.metrics.add(f.now(), 7, 3);
        f.evaluate(RuleKind.SUCCESS_RATE);
        f.advance(Duration.ofMinutes(2));
        f.evaluate(RuleKind.SUCCESS_RATE);

        f.advance(Duration.ofSeconds(1)).metrics.add(f.now(), 10, 0);
        Alert between = f.evaluateOne(RuleKind.SUCCESS_RATE).orElseThrow();
        assertThat(between.value()).isEqualTo(85.0);
        assertThat(between.state()).isEqualTo(AlertState.FIRING);

        f.advance(Duration.ofSeconds(1)).metrics.add(f.now(), 1, 0);
        Alert resolved = f.evaluateOne(RuleKind.SUCCESS_RATE).orElseThrow();
        assertThat(resolved.state()).isEqualTo(AlertState.RESOLVED);
        assertThat(f.changes(RuleKind.SUCCESS_RATE)).containsExactly(PENDING, FIRING, RESOLVED);
    }
}
