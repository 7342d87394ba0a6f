package io.breakerboard.store;

import io.breakerboard.model.Execution;
import io.breakerboard.model.Score;
import io.breakerboard.model.Step;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * A 64-bit hash of what an execution says: every field a log gives (key, agent, task, times, outcome, error,
 * model, tokens, cost, counts, user, session, pattern when named), every step with its attributes and every score, but not where it was read from
 * (source, format) or when. Stored with each execution, so a record that comes back under a stored key is a
 * duplicate when its fingerprint is the stored one and an update when it differs (a session that grew). Never 0,
 * which marks executions stored before fingerprints were kept. Stored, so changing it makes every record read
 * again once count as updated.
 */
final class ExecutionFingerprint {
    /** The fingerprint of executions stored before fingerprints were kept. */
    static final long UNKNOWN = 0;

    private static final long PRIME = 0x100000001b3L;
    private static final long NULL = 0x9e3779b97f4a7c15L;

    private ExecutionFingerprint() {
    }

    static long of(Execution e) {
        long h = 0xcbf29ce484222325L;
        h = text(h, e.key());
        h = text(h, e.agent());
        h = text(h, e.task());
        h = number(h, micros(e.startedAt()));
        h = number(h, e.durationMicros());
        h = text(h, e.outcome() == null ? null : e.outcome().name());
        h = text(h, e.errorKind() == null ? null : e.errorKind().name());
        h = text(h, e.errorMessage());
        h = text(h, e.model());
        h = number(h, e.inputTokens());
        h = number(h, e.outputTokens());
        h = number(h, e.costMicros());
        h = number(h, e.retries());
        h = number(h, e.iterations());
        h = number(h, e.toolCalls());
        h = number(h, e.toolFailures());
        h = text(h, e.userId());
        h = text(h, e.sessionId());
        if (e.pattern() != null) {
            // Only when named, so executions without one keep the fingerprint stored before patterns were kept.
            h = text(h, e.pattern());
        }
        h = number(h, e.steps().size());
        for (Step s : e.steps()) {
            h = step(h, s);
        }
        // Only when there are any: the fingerprints stored before scores were kept stay the same.
        if (!e.scores().isEmpty()) {
            h = number(h, e.scores().size());
            for (Score s : e.scores()) {
                h = score(h, s);
            }
        }
        long f = finish(h);
        return f == UNKNOWN ? 1 : f;
    }

    private static long score(long h, Score s) {
        h = text(h, s.name());
        h = number(h, s.value() == null ? NULL : Double.doubleToLongBits(s.value()));
        h = text(h, s.label());
        h = number(h, s.flag() == null ? NULL : s.flag() ? 1 : 0);
        h = text(h, s.source().name());
        h = text(h, s.comment());
        return number(h, s.at() == null ? NULL : micros(s.at()));
    }

    private static long step(long h, Step s) {
        h = number(h, s.index());
        h = text(h, s.kind().name());
        h = text(h, s.name());
        h = number(h, s.at() == null ? NULL : micros(s.at()));
        h = number(h, micros(s.duration()));
        h = number(h, s.failed() ? 1 : 0);
        h = text(h, s.errorKind() == null ? null : s.errorKind().name());
        h = text(h, s.input());
        h = text(h, s.output());
        h = number(h, s.inputTokens());
        h = number(h, s.outputTokens());
        h = number(h, s.costMicros());
        // Attributes are a map: summed entry hashes do not depend on the order a parser put them in.
        long attributes = 0;
        for (Map.Entry<String, String> a : s.attributes().entrySet()) {
            attributes += finish(text(text(0, a.getKey()), a.getValue()));
        }
        return number(h, attributes);
    }

    // String.hashCode is specified (the same in every JVM), vectorised by the JIT and cached in the string: the
    // fingerprint must cost little beside parsing. With the length, 32 bits a text leave a changed record
    // unnoticed about once in four billion changes of one text with nothing else changing.
    private static long text(long h, String s) {
        if (s == null) {
            return number(h, NULL);
        }
        return number(h, ((long) s.length() << 32) ^ (s.hashCode() & 0xffffffffL));
    }

    private static long number(long h, long v) {
        h ^= v;
        h *= PRIME;
        h ^= h >>> 29;
        return h;
    }

    private static long micros(Instant t) {
        return t == null ? NULL : ExecutionBlock.micros(t);
    }

    private static long micros(Duration d) {
        return d.getSeconds() * 1_000_000 + d.getNano() / 1_000;
    }

    private static long finish(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
