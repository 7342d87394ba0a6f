package io.breakerboard.alerts;

import static io.breakerboard.alerts.AlertTransition.Change.FIRING;
import static io.breakerboard.alerts.AlertTransition.Change.RESOLVED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.breakerboard.model.Alert;
import io.breakerboard.model.AlertState;
import io.breakerboard.model.Severity;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ErrorRateRuleTest {
    private final EngineFixture f = new EngineFixture();

    @Test
    void errorRateAboveTwentyPercentFiresAtOnceAsCritical() {
        f.metrics.add(f.now(), 7, 3);

        Alert a = f.evaluateOne(RuleKind.ERROR_RATE).orElseThrow();

        assertThat(a.state()).isEqualTo(AlertState.FIRING);
        assertThat(a.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(a.subject()).isEqualTo("all");
        assertThat(a.value()).isEqualTo(30.0);
        assertThat(a.threshold()).isEqualTo(20.0);
        assertThat(a.unit()).isEqualTo("%");
        assertThat(a.firedAt()).isEqualTo(f.now());
        assertThat(a.message()).isEqualTo("Error rate 30 % over the last 5 min, above 20 %");
        assertThat(f.changes(RuleKind.ERROR_RATE)).containsExactly(FIRING);
    }

    @Test
    void tooFewExecutionsAreNotJudged() {
        f.metrics.add(f.now(), 0, 4);

        assertThat(f.evaluate(RuleKind.ERROR_RATE)).isEmpty();
    }

    @Test
    void resolvesOnlyOnceBelowTheRecoveryThreshold() {
        f.metrics.add(f.now(), 7, 3);
        f.evaluate(RuleKind.ERROR_RATE);

        f.advance(Duration.ofSeconds(10)).metrics.add(f.now(), 7, 0);
        Alert between = f.evaluateOne(RuleKind.ERROR_RATE).orElseThrow();
        assertThat(between.value()).isCloseTo(17.6, within(0.1));
        assertThat(between.state()).isEqualTo(AlertState.FIRING);

        f.advance(Duration.ofSeconds(10)).metrics.add(f.now(), 4, 0);
        Alert resolved = f.evaluateOne(RuleKind.ERROR_RATE).orElseThrow();
        assertThat(resolved.state()).isEqualTo(AlertState.RESOLVED);
        assertThat(resolved.resolvedAt()).isEqualTo(f.now());
        assertThat(resolved.message()).isEqualTo("Error rate back to 14.3 % over the last 5 min, below 15 %");
        assertThat(f.changes(RuleKind.ERROR_RATE)).containsExactly(FIRING, RESOLVED);
    }

    @Test
    void aRateHoveringAroundTheThresholdDoesNotFlap() {
        f.metrics.add(f.now(), 79, 21);
        f.evaluate(RuleKind.ERROR_RATE);
        for (int i = 0; i < 10; i++) {
            f.advance(Duration.ofSeconds(1));
            if (i % 2 == 0) {
                f.metrics.add(f.now(), 6, 0);
            } else {
                f.metrics.add(f.now(), 0, 3);
            }
            f.evaluate(RuleKind.ERROR_RATE);
        }

        assertThat(f.changes(RuleKind.ERROR_RATE)).containsExactly(FIRING);
        assertThat(f.evaluateOne(RuleKind.ERROR_RATE).orElseThrow().state()).isEqualTo(AlertState.FIRING);
    }

    @Test
    void resolvesWhenTheFailuresLeaveTheWindow() {
        f.metrics.add(f.now(), 7, 3);
        String id = f.evaluateOne(RuleKind.ERROR_RATE).orElseThrow().id();

        f.advance(Duration.ofMinutes(5));
        Alert a = f.evaluateOne(RuleKind.ERROR_RATE).orElseThrow();

        assertThat(a.id()).isEqualTo(id);
        assertThat(a.state()).isEqualTo(AlertState.RESOLVED);
        assertThat(a.message()).isEqualTo("Error rate no longer judged: fewer than 5 executions in the last 5 min");
    }

    @Test
    void aNewBreachAfterResolutionIsANewAlert() {
        f.metrics.add(f.now(), 7, 3);
        String first = f.evaluateOne(RuleKind.ERROR_RATE).orElseThrow().id();
        f.advance(Duration.ofMinutes(5));
        f.evaluate(RuleKind.ERROR_RATE);

        f.advance(Duration.ofMinutes(1)).metrics.add(f.now(), 5, 5);
        var alerts = f.evaluate(RuleKind.ERROR_RATE);

        assertThat(alerts).extracting(Alert::state).containsExactly(AlertState.FIRING, AlertState.RESOLVED);
        assertThat(alerts.get(0).id()).isNotEqualTo(first);
        assertThat(alerts.get(1).id()).isEqualTo(first);
        assertThat(f.changes(RuleKind.ERROR_RATE)).containsExactly(FIRING, RESOLVED, FIRING);
    }
}
