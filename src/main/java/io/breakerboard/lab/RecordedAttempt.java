package io.breakerboard.lab;

import io.breakerboard.engine.reliability.FailureType;
import io.breakerboard.engine.reliability.Usage;
import java.time.Duration;
import java.time.Instant;

/**
 * One recorded attempt of a model or tool call, as a replay plays it back: when it started, how long the
 * dependency took, what it answered or why it failed, and what it cost. Filled in step by step while the
 * execution's steps are read (an attempt's failure may arrive in a later step).
 */
final class RecordedAttempt {
    Instant at;
    Duration latency = Duration.ZERO;
    /** Null until a step says how the attempt ended. */
    Boolean ok;
    FailureType failure;
    String message;
    String output;
    long inputTokens;
    long outputTokens;
    long costMicros;
    /** True once an error step has been attached, so a second error step is a new attempt. */
    boolean errorSeen;

    RecordedAttempt(Instant at, Duration latency) {
        this.at = at;
        this.latency = latency == null ? Duration.ZERO : latency;
    }

    boolean succeeded() {
        return ok == null || ok;
    }

    Usage usage() {
        return new Usage(inputTokens, outputTokens, costMicros);
    }

    /** When it ended, or null when the log gave no start time. */
    Instant end() {
        return at == null ? null : at.plus(latency);
    }

    /** A recorded success answered again: same latency, answer and bill. */
    static RecordedAttempt answeredLike(RecordedAttempt typical) {
        RecordedAttempt a = new RecordedAttempt(null, typical.latency);
        a.ok = true;
        a.output = typical.output;
        a.inputTokens = typical.inputTokens;
        a.outputTokens = typical.outputTokens;
        a.costMicros = typical.costMicros;
        return a;
    }
}
