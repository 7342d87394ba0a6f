package io.breakerboard.engine.reliability;

import java.time.Duration;
import java.util.Objects;

/**
 * What one simulated attempt produced, before any time passed: a value or a failure, how long it took and what
 * it consumed. The reliability layers turn the latency into time on the clock; a latency beyond the time limit
 * is a hang and ends as a timeout.
 *
 * @param value   the result; null when failed
 * @param failure why it failed; null when it succeeded
 * @param latency how long the dependency took to answer
 * @param usage   tokens and cost, also for failed attempts that were billed (malformed output)
 */
public record Attempt<T>(T value, CallFailure failure, Duration latency, Usage usage) {

    public Attempt {
        Objects.requireNonNull(latency, "latency");
        usage = usage == null ? Usage.NONE : usage;
        if ((value == null) == (failure == null)) {
            throw new IllegalArgumentException("an attempt has either a value or a failure, not both or neither");
        }
    }

    public static <T> Attempt<T> ok(T value, Duration latency, Usage usage) {
        return new Attempt<>(value, null, latency, usage);
    }

    public static <T> Attempt<T> failed(CallFailure failure, Duration latency) {
        return new Attempt<>(null, failure, latency, Usage.NONE);
    }

    public boolean succeeded() {
        return failure == null;
    }

    public Attempt<T> withLatency(Duration d) {
        return new Attempt<>(value, failure, d, usage);
    }

    public Attempt<T> withUsage(Usage u) {
        return new Attempt<>(value, failure, latency, u);
    }

    /** The same latency and usage, but failed. */
    public Attempt<T> withFailure(CallFailure f) {
        return new Attempt<>(null, f, latency, usage);
    }
}
