package io.breakerboard.chaos.internal;

import io.breakerboard.model.Units;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * One measurement of an experiment with its tolerance.
 *
 * @param kind      what is measured
 * @param subject   the agent, tool or breaker measured; null for every agent
 * @param threshold the bound in the kind's unit (percent, milliseconds or a count); unused for breaker states
 * @param states    {@link ProbeKind#BREAKER_STATE}: the states the breaker may be in
 */
public record Probe(ProbeKind kind, String subject, double threshold, Set<String> states) {
    /** The circuit breaker states a probe may name. */
    public static final List<String> BREAKER_STATES = List.of("CLOSED", "OPEN", "HALF_OPEN", "FORCED_OPEN", "DISABLED",
            "METRICS_ONLY");

    public Probe {
        Objects.requireNonNull(kind, "kind");
        subject = subject == null || subject.isBlank() ? null : subject.trim();
        if (kind.subjectRequired() && subject == null) {
            throw new IllegalArgumentException(kind.id() + " needs the " + kind.subject().name().toLowerCase(Locale.ROOT)
                    + " it watches");
        }
        states = states == null ? Set.of() : Set.copyOf(new LinkedHashSet<>(states));
        if (kind == ProbeKind.BREAKER_STATE) {
            if (states.isEmpty()) {
                throw new IllegalArgumentException("breaker-state needs the states the breaker may be in, e.g. [\"CLOSED\"]");
            }
            for (String s : states) {
                if (!BREAKER_STATES.contains(s)) {
                    throw new IllegalArgumentException("unknown breaker state '" + s + "'; known: "
                            + String.join(", ", BREAKER_STATES));
                }
            }
            threshold = 0;
        } else if (!Double.isFinite(threshold) || threshold < 0) {
            throw new IllegalArgumentException(kind.id() + " needs a threshold of 0 or more, got " + threshold);
        } else if (kind.atLeast() && threshold > 100) {
            throw new IllegalArgumentException(kind.id() + " is a percentage: its threshold must be between 0 and 100, got "
                    + Units.number(threshold));
        } else if (kind == ProbeKind.UNHANDLED_ERRORS && threshold != Math.rint(threshold)) {
            throw new IllegalArgumentException("unhandled-errors counts executions: its threshold must be a whole number, got "
                    + threshold);
        }
    }

    public static Probe successRate(String agent, double atLeastPercent) {
        return new Probe(ProbeKind.SUCCESS_RATE, agent, atLeastPercent, null);
    }

    public static Probe p95(String agent, Duration atMost) {
        return new Probe(ProbeKind.P95_DURATION, agent, atMost.toMillis(), null);
    }

    public static Probe unhandledErrors(String agent, int atMost) {
        return new Probe(ProbeKind.UNHANDLED_ERRORS, agent, atMost, null);
    }

    public static Probe breaker(String name, String... allowed) {
        return new Probe(ProbeKind.BREAKER_STATE, name, 0, new LinkedHashSet<>(Arrays.asList(allowed)));
    }

    public static Probe retried(String agent, double atLeastPercent) {
        return new Probe(ProbeKind.RETRIED, agent, atLeastPercent, null);
    }

    public static Probe escalated(String agent, double atLeastPercent) {
        return new Probe(ProbeKind.ESCALATED, agent, atLeastPercent, null);
    }

    public static Probe fallbackRecovery(String tool, double atLeastPercent) {
        return new Probe(ProbeKind.FALLBACK_RECOVERY, tool, atLeastPercent, null);
    }

    public static Probe caught(String agent, double atLeastPercent) {
        return new Probe(ProbeKind.CAUGHT, agent, atLeastPercent, null);
    }

    /** The states in a fixed order, for reading and writing. */
    public List<String> orderedStates() {
        return BREAKER_STATES.stream().filter(states::contains).toList();
    }

    /** What is measured, for people: "Success rate of sre-triage", "Breaker of describe_pod". */
    public String describe() {
        return switch (kind) {
            case SUCCESS_RATE -> "Success rate of " + who();
            case P95_DURATION -> "P95 duration of " + who();
            case UNHANDLED_ERRORS -> "Unhandled errors of " + who();
            case BREAKER_STATE -> "Circuit breaker of " + subject;
            case RETRIED -> "Executions of " + who() + " hit by a fault that retried";
            case ESCALATED -> "Executions of " + who() + " hit by a fault that recovered or escalated with its cause";
            case FALLBACK_RECOVERY -> "Failed calls of " + subject + " recovered by a fallback";
            case CAUGHT -> "Injected failures caught and recorded in executions of " + who();
        };
    }

    /** The tolerance, for people: "≥ 90 %", "≤ 45 s", "≤ 0", "CLOSED or HALF_OPEN". */
    public String expected() {
        return switch (kind) {
            case BREAKER_STATE -> String.join(" or ", orderedStates());
            case P95_DURATION -> "≤ " + Units.span(Duration.ofMillis((long) threshold));
            case UNHANDLED_ERRORS -> "≤ " + (long) threshold;
            default -> "≥ " + Units.number(threshold) + " %";
        };
    }

    private String who() {
        return subject == null ? "all agents" : subject;
    }
}
