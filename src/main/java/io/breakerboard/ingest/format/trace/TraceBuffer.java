package io.breakerboard.ingest.format.trace;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups spans by trace id until the end of a file, because exporters spread one trace over many batches.
 * Memory is bounded by {@code maxPending} spans: past it, the oldest traces whose root span has arrived are
 * handed over early, and a span that arrives for a trace already handed over is refused by {@link #add}.
 */
public final class TraceBuffer {

    /** Receives a complete trace. */
    @FunctionalInterface
    public interface Emitter {
        void emit(String traceId, List<SpanRecord> spans);
    }

    private final int maxPending;
    private final Emitter emitter;
    private final Map<String, List<SpanRecord>> traces = new LinkedHashMap<>();
    private final Set<String> rooted = new HashSet<>();
    private final Set<String> emitted = new HashSet<>();
    private int pending;

    public TraceBuffer(int maxPending, Emitter emitter) {
        if (maxPending < 1) {
            throw new IllegalArgumentException("maxPending must be at least 1, was " + maxPending);
        }
        this.maxPending = maxPending;
        this.emitter = emitter;
    }

    /** Adds a span; false when its trace was already handed over (the caller rejects the span). */
    public boolean add(SpanRecord span) {
        if (emitted.contains(span.traceId)) {
            return false;
        }
        traces.computeIfAbsent(span.traceId, k -> new ArrayList<>()).add(span);
        if (span.parentId == null) {
            rooted.add(span.traceId);
        }
        if (++pending > maxPending) {
            flushRooted(maxPending * 3 / 4);
        }
        return true;
    }

    /** Spans held now. */
    public int pending() {
        return pending;
    }

    /** Hands over every trace held, in the order their first span arrived. */
    public void flushAll() {
        for (Map.Entry<String, List<SpanRecord>> e : traces.entrySet()) {
            emitter.emit(e.getKey(), e.getValue());
        }
        traces.clear();
        pending = 0;
    }

    private void flushRooted(int target) {
        Iterator<Map.Entry<String, List<SpanRecord>>> it = traces.entrySet().iterator();
        while (it.hasNext() && pending > target) {
            Map.Entry<String, List<SpanRecord>> e = it.next();
            if (rooted.remove(e.getKey())) {
                it.remove();
                pending -= e.getValue().size();
                emitted.add(e.getKey());
                emitter.emit(e.getKey(), e.getValue());
            }
        }
    }
}
