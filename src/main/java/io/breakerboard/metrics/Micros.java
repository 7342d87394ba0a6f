package io.breakerboard.metrics;

import java.time.Duration;
import java.time.Instant;

/** Microsecond conversions that saturate instead of overflowing, because a corrupt log must not stop an import. */
final class Micros {
    static final long PER_MINUTE = 60_000_000L;
    private static final long MAX_SECONDS = Long.MAX_VALUE / 1_000_000 - 1;

    private Micros() {
    }

    static long of(Duration duration) {
        return of(duration.getSeconds(), duration.getNano());
    }

    static long sinceEpoch(Instant instant) {
        return of(instant.getEpochSecond(), instant.getNano());
    }

    static Instant toInstant(long epochMicros) {
        return Instant.ofEpochSecond(Math.floorDiv(epochMicros, 1_000_000L), Math.floorMod(epochMicros, 1_000_000L) * 1_000L);
    }

    static long add(long a, long b) {
        long sum = a + b;
        if (((a ^ sum) & (b ^ sum)) < 0) {
            return a < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return sum;
    }

    private static long of(long seconds, int nanos) {
        if (seconds > MAX_SECONDS) {
            return Long.MAX_VALUE;
        }
        if (seconds < -MAX_SECONDS) {
            return Long.MIN_VALUE;
        }
        return seconds * 1_000_000L + nanos / 1_000;
    }
}
