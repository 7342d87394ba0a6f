package io.breakerboard.alerts;

import io.breakerboard.model.Severity;
import io.breakerboard.model.Units;
import java.time.Duration;

/**
 * How one rule judges: over which window, against which thresholds, after how long, and how loudly.
 * Thresholds are in the rule's unit ({@link RuleKind#unit()}). Bounds depend on the rule, so
 * {@link AlertSettings} checks each rule's settings against its kind when it is built.
 *
 * @param enabled       false silences the rule; its open alerts resolve at the next evaluation
 * @param window        the rolling window the value is measured over, whole minutes (rollups are per minute)
 * @param threshold     the alert becomes pending once the value is past this
 * @param recovery      a firing alert resolves only once the value is past this, on the healthy side
 * @param pendingFor    how long the value must stay past the threshold before the alert fires; zero fires at once
 * @param severity      how urgent the alert is
 * @param minExecutions executions the window must hold before a rate or percentile is judged at all
 */
public record RuleSettings(
        boolean enabled,
        Duration window,
        double threshold,
        double recovery,
        Duration pendingFor,
        Severity severity,
        int minExecutions) {

    private static final Duration MAX_WINDOW = Duration.ofDays(30);
    private static final Duration MAX_PENDING = Duration.ofDays(7);
    private static final int MAX_MIN_EXECUTIONS = 1_000_000;

    public RuleSettings withEnabled(boolean v) {
        return new RuleSettings(v, window, threshold, recovery, pendingFor, severity, minExecutions);
    }

    public RuleSettings withWindow(Duration v) {
        return new RuleSettings(enabled, v, threshold, recovery, pendingFor, severity, minExecutions);
    }

    public RuleSettings withThreshold(double v) {
        return new RuleSettings(enabled, window, v, recovery, pendingFor, severity, minExecutions);
    }

    public RuleSettings withRecovery(double v) {
        return new RuleSettings(enabled, window, threshold, v, pendingFor, severity, minExecutions);
    }

    /** Both thresholds at once, for moving a band without passing through an invalid pair. */
    public RuleSettings withThresholds(double newThreshold, double newRecovery) {
        return new RuleSettings(enabled, window, newThreshold, newRecovery, pendingFor, severity, minExecutions);
    }

    public RuleSettings withPendingFor(Duration v) {
        return new RuleSettings(enabled, window, threshold, recovery, v, severity, minExecutions);
    }

    public RuleSettings withSeverity(Severity v) {
        return new RuleSettings(enabled, window, threshold, recovery, pendingFor, v, minExecutions);
    }

    public RuleSettings withMinExecutions(int v) {
        return new RuleSettings(enabled, window, threshold, recovery, pendingFor, severity, v);
    }

    /**
     * Checks these settings for one rule.
     *
     * @throws IllegalArgumentException naming the rule, the setting and the value that is wrong
     */
    void checkFor(RuleKind kind) {
        String rule = kind.id();
        if (severity == null) {
            throw new IllegalArgumentException(rule + " severity must be one of INFO, WARNING, CRITICAL, got null");
        }
        checkWindow(kind);
        if (pendingFor == null || pendingFor.isNegative() || pendingFor.compareTo(MAX_PENDING) > 0) {
            throw new IllegalArgumentException(rule + " pendingFor must be from 0 s to " + Units.setting(MAX_PENDING)
                    + ", got " + Units.setting(pendingFor));
        }
        checkThreshold(kind);
        checkRecovery(kind);
        int least = kind.usesMinExecutions() ? 1 : 0;
        if (minExecutions < least || minExecutions > MAX_MIN_EXECUTIONS) {
            throw new IllegalArgumentException(rule + " minExecutions must be from " + least + " to " + MAX_MIN_EXECUTIONS
                    + ", got " + minExecutions);
        }
    }

    private void checkWindow(RuleKind kind) {
        if (window == null) {
            throw new IllegalArgumentException(kind.id() + " window must be set, got null");
        }
        if (!kind.usesWindow()) {
            return;
        }
        boolean wholeMinutes = window.toNanos() % Duration.ofMinutes(1).toNanos() == 0;
        if (!wholeMinutes || window.compareTo(Duration.ofMinutes(1)) < 0 || window.compareTo(MAX_WINDOW) > 0) {
            throw new IllegalArgumentException(kind.id() + " window must be a whole number of minutes from 1 min to "
                    + Units.setting(MAX_WINDOW) + ", got " + Units.setting(window));
        }
    }

    private void checkThreshold(RuleKind kind) {
        boolean percent = "%".equals(kind.unit());
        if (percent && !(threshold >= 0 && threshold <= 100)) {
            throw new IllegalArgumentException(kind.id() + " threshold must be between 0 and 100 %, got "
                    + Units.number(threshold));
        }
        if (!percent && !(threshold > 0 && Double.isFinite(threshold))) {
            throw new IllegalArgumentException(kind.id() + " threshold must be above 0 " + kind.unit() + ", got "
                    + Units.number(threshold));
        }
    }

    private void checkRecovery(RuleKind kind) {
        String unit = " " + kind.unit();
        if (kind.firesAbove()) {
            if (!(recovery >= 0 && recovery <= threshold)) {
                throw new IllegalArgumentException(kind.id() + " recovery must be between 0 and the threshold ("
                        + Units.number(threshold) + unit + "), got " + Units.number(recovery));
            }
        } else if (!(recovery >= threshold && recovery <= 100)) {
            throw new IllegalArgumentException(kind.id() + " recovery must be between the threshold ("
                    + Units.number(threshold) + unit + ") and 100" + unit + ", got " + Units.number(recovery));
        }
    }
}
