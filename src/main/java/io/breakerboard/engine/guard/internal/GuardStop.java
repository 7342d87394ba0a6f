package io.breakerboard.engine.guard.internal;

import io.breakerboard.model.ErrorKind;
import io.breakerboard.model.Outcome;

/**
 * A guard ended the execution: budget spent, too many iterations, a loop. Caught by the execution runner,
 * which records a GUARDRAIL step and ends the execution with {@link #outcome()}.
 */
public final class GuardStop extends RuntimeException {
    private final String guard;
    private final ErrorKind kind;
    private final Outcome outcome;

    public GuardStop(String guard, ErrorKind kind, Outcome outcome, String message) {
        super(message, null, false, false);
        this.guard = guard;
        this.kind = kind;
        this.outcome = outcome;
    }

    /** The guard's name, e.g. {@code cost-budget}. */
    public String guard() {
        return guard;
    }

    public ErrorKind kind() {
        return kind;
    }

    /** PARTIAL when the agent's work so far is still an answer (budget, iterations), FAILURE when not (loop). */
    public Outcome outcome() {
        return outcome;
    }
}
