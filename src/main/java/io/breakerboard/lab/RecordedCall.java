package io.breakerboard.lab;

import io.breakerboard.engine.reliability.CallKind;
import io.breakerboard.model.ErrorKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One model or tool call of a recorded execution: its attempts in order, how it ended, and what stood in for it
 * when it failed (an alternative tool whose attempts were recorded too, or a cached result).
 */
final class RecordedCall {
    static final String ALTERNATIVE = "alternative tool ";

    final CallKind kind;
    final String target;
    final String input;
    final List<RecordedAttempt> attempts = new ArrayList<>();
    /** How the recording's fallback recovered it; null when none did. */
    String recoveredBy;
    /** The recorded attempts of the alternative tool that stood in; null when none was tried or recorded. */
    RecordedCall alternative;
    /** Served from a fresh cache without reaching the tool. */
    boolean cached;
    /** A result or a log's lone error ended it: a later step of the same tool is another call. */
    boolean closed;
    ErrorKind errorKind;

    RecordedCall(CallKind kind, String target, String input) {
        this.kind = kind;
        this.target = target;
        this.input = input;
    }

    /** True when the recording got an answer for it: an attempt succeeded, a fallback stood in, or the cache. */
    boolean ok() {
        return cached || recoveredBy != null || (!attempts.isEmpty() && last().succeeded());
    }

    RecordedAttempt last() {
        return attempts.get(attempts.size() - 1);
    }

    /** When its first attempt started, or null when the log gave no time. */
    Instant start() {
        return attempts.isEmpty() ? null : attempts.get(0).at;
    }

    /** Time from its first attempt to the end of its last one (or its alternative's), waits included. */
    Duration elapsed() {
        List<RecordedAttempt> all = new ArrayList<>(attempts);
        if (alternative != null) {
            all.addAll(alternative.attempts);
        }
        if (all.isEmpty()) {
            return Duration.ZERO;
        }
        Instant first = all.get(0).at;
        Instant end = all.get(all.size() - 1).end();
        if (first != null && end != null && !end.isBefore(first)) {
            return Duration.between(first, end);
        }
        Duration sum = Duration.ZERO;
        for (RecordedAttempt a : all) {
            sum = sum.plus(a.latency);
        }
        return sum;
    }

    /** The recorded wait before attempt {@code i} (0-based) after the one before it ended; zero when unknown. */
    Duration gapBefore(int i) {
        if (i == 0) {
            return Duration.ZERO;
        }
        Instant prevEnd = attempts.get(i - 1).end();
        Instant at = attempts.get(i).at;
        if (prevEnd == null || at == null || at.isBefore(prevEnd)) {
            return Duration.ZERO;
        }
        return Duration.between(prevEnd, at);
    }

    /** Recorded cost of every attempt, the alternative's included. */
    long costMicros() {
        long sum = attempts.stream().mapToLong(a -> a.costMicros).sum();
        return alternative == null ? sum : sum + alternative.costMicros();
    }

    String label() {
        return (kind == CallKind.MODEL ? "model " : "tool ") + target;
    }
}
