package io.breakerboard.engine.agent.internal;

import io.breakerboard.model.ErrorKind;

/** A model call failed after every retry and fallback: the agent cannot think, so the execution fails. */
public final class CallUnavailable extends RuntimeException {
    private final ErrorKind kind;

    public CallUnavailable(ErrorKind kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }

    public ErrorKind kind() {
        return kind;
    }
}
