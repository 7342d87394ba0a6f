package io.breakerboard.alerts.internal;

import io.breakerboard.alerts.AlertTransition.Change;
import io.breakerboard.alerts.RuleKind;
import io.breakerboard.alerts.RuleSettings;
import io.breakerboard.model.Alert;
import io.breakerboard.model.AlertState;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * The life of one rule's alert on one subject, one measurement at a time:
 * <pre>
 *   (none) --value past threshold--> PENDING --held for pendingFor--> FIRING --value past recovery--> RESOLVED
 *   PENDING --value back within threshold--> (none, CLEARED)
 * </pre>
 * A pending period of zero goes from nothing straight to FIRING. Pure: the engine keeps the alerts.
 */
public final class AlertLifecycle {
    private AlertLifecycle() {
    }

    /**
     * The outcome of one step.
     *
     * @param alert  the alert after the step: PENDING or FIRING while open, RESOLVED or (for CLEARED) the last
     *               PENDING state when it closed; null when there was no alert and none started
     * @param change the transition made, or null when the state stayed the same (the value may still have moved)
     */
    public record Step(Alert alert, Change change) {
        public boolean open() {
            return alert != null && change != Change.CLEARED && alert.state() != AlertState.RESOLVED;
        }
    }

    /**
     * @param current     the open alert (PENDING or FIRING), or null
     * @param value       the measured value, or null when not measured now
     * @param unmeasured  why it was not measured, used when {@code value} is null
     * @param newId       makes the id of an alert that starts now
     */
    public static Step advance(Alert current, RuleKind kind, String subject, Double value, String unmeasured,
            RuleSettings s, Instant now, Supplier<String> newId) {
        if (current == null) {
            if (value == null || !kind.breaches(value, s.threshold())) {
                return new Step(null, null);
            }
            Alert pending = new Alert(newId.get(), kind.id(), s.severity(), AlertState.PENDING, subject, value,
                    s.threshold(), kind.unit(), RuleMessages.breaching(kind, subject, value, s), now, null, null, false,
                    List.of());
            return s.pendingFor().isZero() ? new Step(fire(pending, now), Change.FIRING) : new Step(pending, Change.PENDING);
        }
        if (current.state() == AlertState.PENDING) {
            if (value == null || !kind.breaches(value, s.threshold())) {
                double last = value == null ? current.value() : value;
                String msg = value == null ? RuleMessages.unmeasured(kind, subject, unmeasured)
                        : RuleMessages.recovered(kind, subject, value, s);
                return new Step(update(current, kind, s, last, msg), Change.CLEARED);
            }
            Alert updated = update(current, kind, s, value, RuleMessages.breaching(kind, subject, value, s));
            return now.isBefore(current.since().plus(s.pendingFor()))
                    ? new Step(updated, null) : new Step(fire(updated, now), Change.FIRING);
        }
        if (value == null) {
            return new Step(resolve(current, kind, s, current.value(),
                    RuleMessages.unmeasured(kind, subject, unmeasured), now), Change.RESOLVED);
        }
        if (kind.recovered(value, s.recovery())) {
            return new Step(resolve(current, kind, s, value, RuleMessages.recovered(kind, subject, value, s), now),
                    Change.RESOLVED);
        }
        return new Step(update(current, kind, s, value, RuleMessages.breaching(kind, subject, value, s)), null);
    }

    private static Alert fire(Alert a, Instant now) {
        return new Alert(a.id(), a.rule(), a.severity(), AlertState.FIRING, a.subject(), a.value(), a.threshold(),
                a.unit(), a.message(), a.since(), now, null, a.acknowledged(), a.executionKeys());
    }

    private static Alert resolve(Alert a, RuleKind kind, RuleSettings s, double value, String message, Instant now) {
        return new Alert(a.id(), a.rule(), s.severity(), AlertState.RESOLVED, a.subject(), value, s.threshold(),
                kind.unit(), message, a.since(), a.firedAt(), now, a.acknowledged(), a.executionKeys());
    }

    private static Alert update(Alert a, RuleKind kind, RuleSettings s, double value, String message) {
        return new Alert(a.id(), a.rule(), s.severity(), a.state(), a.subject(), value, s.threshold(), kind.unit(),
                message, a.since(), a.firedAt(), a.resolvedAt(), a.acknowledged(), a.executionKeys());
    }
}
