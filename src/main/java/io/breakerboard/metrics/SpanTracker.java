package io.breakerboard.metrics;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/** The earliest start and latest end seen, in epoch micros; grows only, lock-free for the writer. */
final class SpanTracker {
    private final AtomicLong earliestStart = new AtomicLong(Long.MAX_VALUE);
    private final AtomicLong latestEnd = new AtomicLong(Long.MIN_VALUE);

    /**
     * Takes in one execution (or rollup). The end is kept at least a microsecond past the start, so the span used
     * as a half-open {@link TimeRange} still contains an execution of zero duration that starts a minute.
     */
    void include(long startMicros, long endMicros) {
        long start;
        while (startMicros < (start = earliestStart.get()) && !earliestStart.compareAndSet(start, startMicros)) {
            Thread.onSpinWait();
        }
        long end = Math.max(endMicros, Micros.add(startMicros, 1));
        long latest;
        while (end > (latest = latestEnd.get()) && !latestEnd.compareAndSet(latest, end)) {
            Thread.onSpinWait();
        }
    }

    Optional<TimeRange> span() {
        long start = earliestStart.get();
        long end = latestEnd.get();
        if (start == Long.MAX_VALUE) {
            return Optional.empty();
        }
        return Optional.of(new TimeRange(Micros.toInstant(start), Micros.toInstant(end)));
    }
}
