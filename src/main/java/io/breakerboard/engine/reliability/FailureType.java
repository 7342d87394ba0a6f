package io.breakerboard.engine.reliability;

import io.breakerboard.model.ErrorKind;

/**
 * Why an attempt failed. {@link #isTransient()} decides whether a retry may help: only timeouts, server errors
 * and rate limits are worth another try; a permission or validation error fails the same way every time.
 */
public enum FailureType {
    TIMEOUT(true, false),
    SERVER_ERROR(true, false),
    RATE_LIMITED(true, false),
    MALFORMED(false, false),
    TOOL_FAILURE(false, false),
    PERMISSION_DENIED(false, true),
    VALIDATION(false, true),
    CIRCUIT_OPEN(false, true),
    BULKHEAD_FULL(false, true),
    /** The cost budget cannot cover the attempt's worst case: not made, not retried, no fallback around it. */
    BUDGET_EXCEEDED(false, true);

    private final boolean transientFailure;
    private final boolean callerSide;

    FailureType(boolean transientFailure, boolean callerSide) {
        this.transientFailure = transientFailure;
        this.callerSide = callerSide;
    }

    /** Worth retrying after a wait. */
    public boolean isTransient() {
        return transientFailure;
    }

    /**
     * Says nothing about the health of the dependency (the caller was refused or was wrong), so a circuit
     * breaker must not count it as the dependency's failure.
     */
    public boolean isCallerSide() {
        return callerSide;
    }

    /** The normalised error kind for steps and executions. */
    public ErrorKind errorKind(CallKind kind) {
        return switch (this) {
            case TIMEOUT -> ErrorKind.TIMEOUT;
            case SERVER_ERROR -> kind == CallKind.MODEL ? ErrorKind.MODEL_ERROR : ErrorKind.TOOL_ERROR;
            case RATE_LIMITED, BULKHEAD_FULL -> ErrorKind.RATE_LIMIT;
            case MALFORMED -> ErrorKind.MALFORMED_RESPONSE;
            case TOOL_FAILURE -> ErrorKind.TOOL_ERROR;
            case PERMISSION_DENIED -> ErrorKind.PERMISSION_DENIED;
            case VALIDATION -> ErrorKind.VALIDATION;
            case CIRCUIT_OPEN -> ErrorKind.CIRCUIT_OPEN;
            case BUDGET_EXCEEDED -> ErrorKind.BUDGET_EXCEEDED;
        };
    }
}
