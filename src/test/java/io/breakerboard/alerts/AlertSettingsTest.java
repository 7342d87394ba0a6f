package io.breakerboard.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breakerboard.model.Severity;
import java.time.Duration;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class AlertSettingsTest {
    private static final AlertSettings D = AlertSettings.DEFAULTS;

    private static void rejects(RuleKind kind, UnaryOperator<RuleSettings> change, String message) {
        assertThatThrownBy(() -> D.with(kind, change.apply(D.rule(kind))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void defaultsMatchTheDocumentedRules() {
        assertThat(D.errorRate().threshold()).isEqualTo(20);
        assertThat(D.errorRate().recovery()).isEqualTo(15);
        assertThat(D.errorRate().pendingFor()).isZero();
        assertThat(D.errorRate().severity()).isEqualTo(Severity.CRITICAL);
        assertThat(D.successRate().threshold()).isEqualTo(80);
        assertThat(D.successRate().severity()).isEqualTo(Severity.WARNING);
        assertThat(D.costPerDay().severity()).isEqualTo(Severity.CRITICAL);
        assertThat(D.anomalies().maxIterations()).isEqualTo(8);
        assertThat(D.anomalies().maxCostMicros()).isEqualTo(300_000);
        assertThat(D.anomalies().maxDuration()).isEqualTo(Duration.ofSeconds(60));
        assertThat(D.anomalies().maxToolFailures()).isEqualTo(3);
        assertThat(D.anomalies().repeatedToolCalls()).isEqualTo(3);
    }

    @Test
    void qualityRulesDefaultToTheTargetsPerAgentOverARollingWindow() {
        assertThat(D.toolSuccessRate()).isEqualTo(
                new RuleSettings(true, Duration.ofMinutes(15), 80, 85, Duration.ofMinutes(2), Severity.WARNING, 5));
        assertThat(D.rootCauseRate()).isEqualTo(
                new RuleSettings(true, Duration.ofMinutes(60), 70, 75, Duration.ofMinutes(2), Severity.WARNING, 5));
        assertThat(D.rule(RuleKind.TOOL_SUCCESS_RATE)).isSameAs(D.toolSuccessRate());
        rejects(RuleKind.TOOL_SUCCESS_RATE, r -> r.withRecovery(75),
                "tool-success-rate recovery must be between the threshold (80 %) and 100 %, got 75");
        rejects(RuleKind.ROOT_CAUSE_RATE, r -> r.withThreshold(101),
                "root-cause-rate threshold must be between 0 and 100 %, got 101");
        rejects(RuleKind.ROOT_CAUSE_RATE, r -> r.withMinExecutions(0),
                "root-cause-rate minExecutions must be from 1 to 1000000, got 0");
    }

    @Test
    void rateThresholdsMustBePercentages() {
        rejects(RuleKind.ERROR_RATE, r -> r.withThreshold(140), "error-rate threshold must be between 0 and 100 %, got 140");
        rejects(RuleKind.SUCCESS_RATE, r -> r.withThreshold(-1), "success-rate threshold must be between 0 and 100 %, got -1");
        rejects(RuleKind.ERROR_RATE, r -> r.withThreshold(Double.NaN), "error-rate threshold must be between 0 and 100 %, got NaN");
    }

    @Test
    void recoveryMustLieOnTheHealthySideOfTheThreshold() {
        rejects(RuleKind.ERROR_RATE, r -> r.withRecovery(25),
                "error-rate recovery must be between 0 and the threshold (20 %), got 25");
        rejects(RuleKind.SUCCESS_RATE, r -> r.withRecovery(70),
                "success-rate recovery must be between the threshold (80 %) and 100 %, got 70");
        rejects(RuleKind.COST_PER_DAY, r -> r.withRecovery(60),
                "cost-per-day recovery must be between 0 and the threshold (50 USD), got 60");
    }

    @Test
    void otherThresholdsMustBePositive() {
        rejects(RuleKind.COST_PER_DAY, r -> r.withThresholds(0, 0), "cost-per-day threshold must be above 0 USD, got 0");
        rejects(RuleKind.P95_DURATION, r -> r.withThresholds(-3, 0), "p95-duration threshold must be above 0 s, got -3");
        rejects(RuleKind.NO_DATA, r -> r.withThresholds(Double.POSITIVE_INFINITY, 1),
                "no-data threshold must be above 0 min, got Infinity");
    }

    @Test
    void windowsAreWholeMinutesWithinThirtyDays() {
        rejects(RuleKind.ERROR_RATE, r -> r.withWindow(Duration.ofSeconds(90)),
                "error-rate window must be a whole number of minutes from 1 min to 30 d, got 90 s");
        rejects(RuleKind.COST_PER_DAY, r -> r.withWindow(Duration.ofDays(31)),
                "cost-per-day window must be a whole number of minutes from 1 min to 30 d, got 31 d");
        rejects(RuleKind.P95_DURATION, r -> r.withWindow(null), "p95-duration window must be set, got null");
        assertThat(D.with(RuleKind.BREAKER_OPEN, D.breakerOpen().withWindow(Duration.ofSeconds(5)))).isNotNull();
    }

    @Test
    void pendingPeriodSeverityAndMinimumExecutions() {
        rejects(RuleKind.SUCCESS_RATE, r -> r.withPendingFor(Duration.ofSeconds(-5)),
                "success-rate pendingFor must be from 0 s to 7 d, got -5 s");
        rejects(RuleKind.ERROR_RATE, r -> r.withSeverity(null),
                "error-rate severity must be one of INFO, WARNING, CRITICAL, got null");
        rejects(RuleKind.ERROR_RATE, r -> r.withMinExecutions(0),
                "error-rate minExecutions must be from 1 to 1000000, got 0");
    }

    @Test
    void anomalyLimitsAndEngineLimits() {
        assertThatThrownBy(() -> D.anomalies().withMaxIterations(0))
                .hasMessage("anomalies maxIterations must be at least 1, got 0");
        assertThatThrownBy(() -> D.anomalies().withMaxCostMicros(-1))
                .hasMessage("anomalies maxCostMicros must be above 0 (micro-dollars), got -1");
        assertThatThrownBy(() -> D.anomalies().withMaxDuration(Duration.ZERO))
                .hasMessage("anomalies maxDuration must be above 0 s, got 0 s");
        assertThatThrownBy(() -> D.anomalies().withRepeatedToolCalls(1))
                .hasMessage("anomalies repeatedToolCalls must be at least 2, got 1");
        assertThatThrownBy(() -> D.withHistoryLimit(5)).hasMessage("historyLimit must be from 100 to 1000000, got 5");
        assertThatThrownBy(() -> D.withResolvedRetention(Duration.ofMinutes(-1)))
                .hasMessage("resolvedRetention must be 0 s or more, got -1 min");
        assertThatThrownBy(() -> D.withAnomalies(null)).hasMessage("anomalies settings are missing");
    }

    @Test
    void aThresholdBandMovesInOneStep() {
        AlertSettings s = D.with(RuleKind.ERROR_RATE, D.errorRate().withThresholds(40, 30));

        assertThat(s.errorRate().threshold()).isEqualTo(40);
        assertThat(s.errorRate().recovery()).isEqualTo(30);
        assertThat(s.successRate()).isEqualTo(D.successRate());
    }
}
