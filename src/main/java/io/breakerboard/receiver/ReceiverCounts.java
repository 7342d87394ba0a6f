package io.breakerboard.receiver;

/**
 * What a receiver has done since it started.
 *
 * @param requests      export requests answered with 200
 * @param spans         spans accepted into assembly
 * @param rejectedSpans spans refused (unreadable, or late for a trace already forgotten), reported as partial success
 * @param busy          requests refused with 503 because the store could not keep up
 * @param stored        executions new to the store
 * @param updated       stored executions replaced because a late span changed them
 * @param quarantined   executions with a value out of range, kept in the quarantine instead
 * @param failed        executions the store failed to write (logged)
 * @param flushedEarly  traces handed over before they were complete, to keep memory bounded
 * @param pendingSpans  spans waiting for their trace to complete now
 */
public record ReceiverCounts(long requests, long spans, long rejectedSpans, long busy, long stored, long updated,
                             long quarantined, long failed, long flushedEarly, long pendingSpans) {
}
