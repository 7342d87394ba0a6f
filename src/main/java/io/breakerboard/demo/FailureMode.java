package io.breakerboard.demo;

import io.breakerboard.model.ErrorKind;

/** The ways a simulated execution goes wrong, each ending the way such runs end in production. */
enum FailureMode {
    NONE(null),
    /** A tool call runs past its deadline. */
    TIMEOUT(ErrorKind.TIMEOUT),
    /** The model API answers 429; retries with back-off sometimes get through. */
    RATE_LIMIT(ErrorKind.RATE_LIMIT),
    /** A tool answers with a server error. */
    TOOL_ERROR(ErrorKind.TOOL_ERROR),
    /** The agent's credentials lack a permission; no retry helps. */
    PERMISSION_DENIED(ErrorKind.PERMISSION_DENIED),
    /** The model returns output that does not parse. */
    MALFORMED_RESPONSE(ErrorKind.MALFORMED_RESPONSE),
    /** The result fails a business check. */
    VALIDATION(ErrorKind.VALIDATION),
    /** Spending passes the per-run budget; a guardrail stops the run. */
    BUDGET_STOP(ErrorKind.BUDGET_EXCEEDED),
    /** The agent keeps going until the iteration limit stops it. */
    MAX_ITERATIONS(ErrorKind.MAX_ITERATIONS),
    /** The agent repeats the same call; the loop detector stops it. */
    LOOP(ErrorKind.LOOP_DETECTED);

    final ErrorKind kind;

    FailureMode(ErrorKind kind) {
        this.kind = kind;
    }
}
