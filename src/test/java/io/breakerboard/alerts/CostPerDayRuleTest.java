package io.breakerboard.alerts;

import static io.breakerboard.alerts.AlertTransition.Change.FIRING;
import static io.breakerboard.alerts.AlertTransition.Change.RESOLVED;
import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.model.Alert;
import io.breakerboard.model.AlertState;
import io.breakerboard.model.Money;
import io.breakerboard.model.Severity;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CostPerDayRuleTest {
    private final EngineFixture f = new EngineFixture();

    private void spend(double usd) {
        f.metrics.add(f.now(), "planner", 1, 0, Duration.ofSeconds(1), Money.ofUsd(usd));
    }

    @Test
    void spendingMoreThanFiftyDollarsInADayFiresAtOnceAsCritical() {
        spend(30);
        assertThat(f.evaluate(RuleKind.COST_PER_DAY)).isEmpty();

        f.advance(Duration.ofHours(5));
        spend(30);
        Alert a = f.evaluateOne(RuleKind.COST_PER_DAY).orElseThrow();

        assertThat(a.state()).isEqualTo(AlertState.FIRING);
        assertThat(a.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(a.value()).isEqualTo(60.0);
        assertThat(a.unit()).isEqualTo("USD");
        assertThat(a.message()).isEqualTo("Spend per day $60.00 over the last 24 h, above $50.00");
    }

    @Test
    void staysFiringBetweenRecoveryAndThresholdAndResolvesWhenOldSpendLeavesTheDay() {
        spend(12);
        f.advance(Duration.ofHours(2));
        spend(40);
        f.evaluate(RuleKind.COST_PER_DAY);

        f.advance(Duration.ofHours(21).plusMinutes(59));
        Alert between = f.evaluateOne(RuleKind.COST_PER_DAY).orElseThrow();
        assertThat(between.value()).isEqualTo(52.0);

        f.advance(Duration.ofMinutes(1));
        assertThat(f.evaluateOne(RuleKind.COST_PER_DAY).orElseThrow().state()).isEqualTo(AlertState.RESOLVED);
        assertThat(f.changes(RuleKind.COST_PER_DAY)).containsExactly(FIRING, RESOLVED);
    }

    @Test
    void holdsWhileOldSpendLeavesTheDayButTheTotalStaysAboveRecovery() {
        spend(6);
        f.advance(Duration.ofHours(1));
        spend(48);
        f.evaluate(RuleKind.COST_PER_DAY);

        f.advance(Duration.ofHours(23));
        Alert a = f.evaluateOne(RuleKind.COST_PER_DAY).orElseThrow();

        assertThat(a.value()).isEqualTo(48.0);
        assertThat(a.state()).isEqualTo(AlertState.FIRING);
    }

    @Test
    void aShorterWindowJudgesTheRateOfSpendingPerDay() {
        AlertSettings hourly = AlertSettings.DEFAULTS.with(RuleKind.COST_PER_DAY,
                AlertSettings.DEFAULTS.costPerDay().withWindow(Duration.ofHours(1)));
        EngineFixture g = new EngineFixture(hourly);
        g.metrics.add(g.now(), "planner", 1, 0, Duration.ofSeconds(1), Money.ofUsd(3));

        Alert a = g.evaluateOne(RuleKind.COST_PER_DAY).orElseThrow();

        assertThat(a.value()).isEqualTo(72.0);
        assertThat(a.message()).isEqualTo("Spend per day $72.00 over the last 1 h, above $50.00");
    }
}
