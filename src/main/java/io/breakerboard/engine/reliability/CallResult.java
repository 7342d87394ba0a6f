package io.breakerboard.engine.reliability;

import java.time.Duration;
import java.util.List;

/**
 * What a call through every reliability layer came to.
 *
 * @param value       the result (possibly from a fallback); null when the call failed
 * @param failure     the last failure; null when an attempt succeeded (it is kept when a fallback recovered)
 * @param attempts    every attempt, in order
 * @param elapsed     time from the first attempt to the end, backoff waits included
 * @param recoveredBy where a fallback value came from; null when an attempt succeeded or nothing recovered
 */
public record CallResult<T>(T value, CallFailure failure, List<AttemptRecord> attempts, Duration elapsed,
                            String recoveredBy) {

    public CallResult {
        attempts = List.copyOf(attempts);
    }

    public boolean succeeded() {
        return value != null;
    }

    public boolean recovered() {
        return recoveredBy != null;
    }

    /** Attempts after the first. */
    public int retries() {
        return Math.max(0, attempts.size() - 1);
    }

    /** Tokens and cost over every attempt. */
    public Usage usage() {
        Usage u = Usage.NONE;
        for (AttemptRecord a : attempts) {
            u = u.plus(a.usage());
        }
        return u;
    }
}
