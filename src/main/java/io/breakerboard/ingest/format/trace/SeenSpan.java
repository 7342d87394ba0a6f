package io.breakerboard.ingest.format.trace;

import java.time.Instant;

/** The earliest and latest instants seen among a session's records, whatever order they come in. */
public final class SeenSpan {
    private Instant first;
    private Instant last;

    /** Widens the span to {@code at}; a record without a time (null) changes nothing. */
    public void seen(Instant at) {
        if (at == null) {
            return;
        }
        if (first == null || at.isBefore(first)) {
            first = at;
        }
        if (last == null || at.isAfter(last)) {
            last = at;
        }
    }

    /** The earliest instant seen, or null before any. */
    public Instant first() {
        return first;
    }

    /** The latest instant seen, or null before any. */
    public Instant last() {
        return last;
    }
}
