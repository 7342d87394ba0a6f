package io.breakerboard.chaos.internal;

import java.util.Arrays;
import java.util.Locale;

/**
 * What a probe of an experiment measures over the executions of one phase. Rates are in percent, durations in
 * milliseconds, counts are counts. Probes about faults (retried, escalated, fallback recovery, caught) judge only
 * calls or executions a fault reached; before any fault they have nothing to judge and hold.
 */
public enum ProbeKind {
    SUCCESS_RATE("success-rate", "Success rate", Subject.AGENT, false, true, true),
    P95_DURATION("p95-duration", "P95 duration", Subject.AGENT, false, false, true),
    UNHANDLED_ERRORS("unhandled-errors", "Unhandled errors", Subject.AGENT, false, false, true),
    BREAKER_STATE("breaker-state", "Breaker state", Subject.BREAKER, true, false, true),
    RETRIED("retried", "Retried", Subject.AGENT, false, true, false),
    ESCALATED("escalated", "Recovered or escalated", Subject.AGENT, false, true, false),
    FALLBACK_RECOVERY("fallback-recovery", "Fallback recovery", Subject.TOOL, true, true, false),
    CAUGHT("caught", "Faults caught", Subject.AGENT, false, true, false);

    /** What the probe's subject names. */
    public enum Subject {
        AGENT,
        TOOL,
        BREAKER
    }

    private final String id;
    private final String label;
    private final Subject subject;
    private final boolean subjectRequired;
    private final boolean atLeast;
    private final boolean guardable;

    ProbeKind(String id, String label, Subject subject, boolean subjectRequired, boolean atLeast, boolean guardable) {
        this.id = id;
        this.label = label;
        this.subject = subject;
        this.subjectRequired = subjectRequired;
        this.atLeast = atLeast;
        this.guardable = guardable;
    }

    /** Id in experiment files, e.g. {@code success-rate}. */
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** What the subject names: an agent, a tool or a circuit breaker. */
    public Subject subject() {
        return subject;
    }

    /** True when the probe needs a subject; otherwise no subject means every agent. */
    public boolean subjectRequired() {
        return subjectRequired;
    }

    /** True when the measured value must be at least the threshold; false when at most. */
    public boolean atLeast() {
        return atLeast;
    }

    /** True when it may stop an experiment while the faults run (guards judge running figures). */
    public boolean guardable() {
        return guardable;
    }

    /** True when it judges only what faults reached. */
    public boolean aboutFaults() {
        return !guardable;
    }

    /** @throws IllegalArgumentException naming the id and the known ones */
    public static ProbeKind parse(String id) {
        String wanted = id == null ? "" : id.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (ProbeKind k : values()) {
            if (k.id.equals(wanted)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown probe '" + id + "'; known: "
                + String.join(", ", Arrays.stream(values()).map(ProbeKind::id).toList()));
    }
}
