package io.breakerboard.alerts;

import io.breakerboard.model.Severity;
import io.breakerboard.model.Units;
import java.time.Duration;

/**
 * Every alerting setting, as data: one {@link RuleSettings} per rule, the anomaly limits, and how long the
 * engine remembers. Built only valid: the constructor rejects the first wrong value with a message naming the
 * setting and the value. {@link AlertSettingsJson} reads and writes it.
 *
 * @param resolvedRetention how long a resolved alert stays in the current list
 * @param historyLimit      transitions kept in memory; the repository keeps all of them
 */
public record AlertSettings(
        RuleSettings errorRate,
        RuleSettings successRate,
        RuleSettings costPerDay,
        RuleSettings p95Duration,
        RuleSettings breakerOpen,
        RuleSettings noData,
        RuleSettings toolSuccessRate,
        RuleSettings rootCauseRate,
        AnomalySettings anomalies,
        Duration resolvedRetention,
        int historyLimit) {

    /**
     * Error rate above 20 % fires at once; success rate under 80 % for 2 min warns; $50 a day is critical. An
     * agent's tool success under 80 % over 15 min, or its root-cause-found rate under 70 % over an hour (verdicts
     * are fewer than executions), warns after 2 min: the targets of the quality row.
     */
    public static final AlertSettings DEFAULTS = new AlertSettings(
            new RuleSettings(true, Duration.ofMinutes(5), 20, 15, Duration.ZERO, Severity.CRITICAL, 5),
            new RuleSettings(true, Duration.ofMinutes(15), 80, 85, Duration.ofMinutes(2), Severity.WARNING, 5),
            new RuleSettings(true, Duration.ofHours(24), 50, 45, Duration.ZERO, Severity.CRITICAL, 0),
            new RuleSettings(true, Duration.ofMinutes(10), 30, 25, Duration.ofMinutes(1), Severity.WARNING, 5),
            new RuleSettings(true, Duration.ofMinutes(1), 30, 30, Duration.ZERO, Severity.CRITICAL, 0),
            new RuleSettings(true, Duration.ofMinutes(1), 10, 10, Duration.ZERO, Severity.WARNING, 0),
            new RuleSettings(true, Duration.ofMinutes(15), 80, 85, Duration.ofMinutes(2), Severity.WARNING, 5),
            new RuleSettings(true, Duration.ofMinutes(60), 70, 75, Duration.ofMinutes(2), Severity.WARNING, 5),
            AnomalySettings.DEFAULTS,
            Duration.ofHours(1),
            10_000);

    private static final int MIN_HISTORY = 100;
    private static final int MAX_HISTORY = 1_000_000;

    /**
     * @throws IllegalArgumentException naming the setting and the value that is wrong
     */
    public AlertSettings {
        for (RuleKind kind : RuleKind.values()) {
            RuleSettings s = pick(kind, errorRate, successRate, costPerDay, p95Duration, breakerOpen, noData,
                    toolSuccessRate, rootCauseRate);
            if (s == null) {
                throw new IllegalArgumentException(kind.id() + " settings are missing");
            }
            s.checkFor(kind);
        }
        if (anomalies == null) {
            throw new IllegalArgumentException("anomalies settings are missing");
        }
        if (resolvedRetention == null || resolvedRetention.isNegative()) {
            throw new IllegalArgumentException("resolvedRetention must be 0 s or more, got " + Units.setting(resolvedRetention));
        }
        if (historyLimit < MIN_HISTORY || historyLimit > MAX_HISTORY) {
            throw new IllegalArgumentException("historyLimit must be from " + MIN_HISTORY + " to " + MAX_HISTORY
                    + ", got " + historyLimit);
        }
    }

    /** The settings of one rule. */
    public RuleSettings rule(RuleKind kind) {
        return pick(kind, errorRate, successRate, costPerDay, p95Duration, breakerOpen, noData, toolSuccessRate,
                    rootCauseRate);
    }

    /**
     * A copy with one rule's settings replaced.
     *
     * @throws IllegalArgumentException when the new settings are invalid for that rule
     */
    public AlertSettings with(RuleKind kind, RuleSettings s) {
        return new AlertSettings(
                kind == RuleKind.ERROR_RATE ? s : errorRate,
                kind == RuleKind.SUCCESS_RATE ? s : successRate,
                kind == RuleKind.COST_PER_DAY ? s : costPerDay,
                kind == RuleKind.P95_DURATION ? s : p95Duration,
                kind == RuleKind.BREAKER_OPEN ? s : breakerOpen,
                kind == RuleKind.NO_DATA ? s : noData,
                kind == RuleKind.TOOL_SUCCESS_RATE ? s : toolSuccessRate,
                kind == RuleKind.ROOT_CAUSE_RATE ? s : rootCauseRate,
                anomalies, resolvedRetention, historyLimit);
    }

    public AlertSettings withAnomalies(AnomalySettings v) {
        return new AlertSettings(errorRate, successRate, costPerDay, p95Duration, breakerOpen, noData, toolSuccessRate,
                rootCauseRate, v, resolvedRetention, historyLimit);
    }

    public AlertSettings withResolvedRetention(Duration v) {
        return new AlertSettings(errorRate, successRate, costPerDay, p95Duration, breakerOpen, noData, toolSuccessRate,
                rootCauseRate, anomalies, v, historyLimit);
    }

    public AlertSettings withHistoryLimit(int v) {
        return new AlertSettings(errorRate, successRate, costPerDay, p95Duration, breakerOpen, noData, toolSuccessRate,
                rootCauseRate, anomalies, resolvedRetention, v);
    }

    private static RuleSettings pick(RuleKind kind, RuleSettings errorRate, RuleSettings successRate,
            RuleSettings costPerDay, RuleSettings p95Duration, RuleSettings breakerOpen, RuleSettings noData,
            RuleSettings toolSuccessRate, RuleSettings rootCauseRate) {
        return switch (kind) {
            case ERROR_RATE -> errorRate;
            case SUCCESS_RATE -> successRate;
            case COST_PER_DAY -> costPerDay;
            case P95_DURATION -> p95Duration;
            case BREAKER_OPEN -> breakerOpen;
            case NO_DATA -> noData;
            case TOOL_SUCCESS_RATE -> toolSuccessRate;
            case ROOT_CAUSE_RATE -> rootCauseRate;
        };
    }
}
