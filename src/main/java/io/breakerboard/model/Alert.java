package io.breakerboard.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One alert: a rule's condition on one subject (an agent, a tool, a breaker, or everything).
 *
 * @param id            stable id of this occurrence
 * @param rule          rule name, e.g. "error-rate"
 * @param severity      how urgent
 * @param state         where it is in its lifecycle
 * @param subject       what it is about: an agent, tool or breaker name, or "all"
 * @param value         the measured value that triggered it (in the rule's unit)
 * @param threshold     the threshold it was compared with
 * @param unit          unit of value and threshold, for display ("%", "ms", "USD", "s")
 * @param message       one line for people, saying what is wrong
 * @param since         when it became pending
 * @param firedAt       when it fired, or null
 * @param resolvedAt    when it resolved, or null
 * @param acknowledged  a person has seen it
 * @param executionKeys executions involved, for drill-down (may be empty)
 */
public record Alert(
        String id,
        String rule,
        Severity severity,
        AlertState state,
        String subject,
        double value,
        double threshold,
        String unit,
        String message,
        Instant since,
        Instant firedAt,
        Instant resolvedAt,
        boolean acknowledged,
        List<String> executionKeys) {

    public Alert {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(state, "state");
        executionKeys = executionKeys == null ? List.of() : List.copyOf(executionKeys);
    }

    public boolean firing() {
        return state == AlertState.FIRING;
    }
}
