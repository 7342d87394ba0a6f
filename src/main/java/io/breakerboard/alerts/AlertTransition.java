package io.breakerboard.alerts;

import io.breakerboard.model.Severity;
import java.time.Instant;
import java.util.Objects;

/**
 * One change in an alert's life, kept in the history.
 *
 * @param alertId  the alert that changed
 * @param rule     its rule
 * @param subject  its subject
 * @param severity its severity
 * @param change   what happened
 * @param at       when it happened (the engine's clock)
 * @param value    the measured value at that moment, in the rule's unit
 * @param message  the alert's message at that moment
 */
public record AlertTransition(
        String alertId,
        String rule,
        String subject,
        Severity severity,
        Change change,
        Instant at,
        double value,
        String message) {

    /** What happened to an alert. */
    public enum Change {
        /** The condition started to hold; the alert waits out its pending period. */
        PENDING,
        /** The alert fired. */
        FIRING,
        /** A firing alert's value came back past its recovery threshold. */
        RESOLVED,
        /** A pending alert's condition stopped holding before it fired; the alert is gone. */
        CLEARED,
        /** A person marked the alert as seen. */
        ACKNOWLEDGED
    }

    public AlertTransition {
        Objects.requireNonNull(alertId, "alertId");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(at, "at");
    }
}
