package io.breakerboard.engine.reliability.internal;

/** A manual breaker command that is not legal in the breaker's current state. The state is unchanged. */
public final class IllegalBreakerCommandException extends IllegalStateException {
    public IllegalBreakerCommandException(String message) {
        super(message);
    }
}
