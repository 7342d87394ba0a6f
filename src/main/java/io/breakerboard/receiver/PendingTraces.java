package io.breakerboard.receiver;

import io.breakerboard.ingest.format.trace.SpanRecord;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Spans received over many requests, grouped by trace until the trace is complete: its root span has arrived
 * (exporters send a span once it has ended) and a grace period for late children has passed. A trace whose root
 * never comes is handed over once it has waited {@code maxWait}. Handed-over traces are remembered (bounded, like
 * the pending ones) so that a span arriving afterwards re-opens its trace and the execution is built again from
 * all its spans; a span for a trace already forgotten is refused, because alone it would replace the stored
 * execution by a fragment. Memory is bounded: past {@code maxSpans} pending spans or {@code maxTraces} pending
 * traces, the oldest traces are handed over as they are. Not thread-safe; {@link ReceivedTraces} guards it.
 */
final class PendingTraces {
    /** A trace to assemble; {@code early} when it was handed over to keep memory bounded. */
    record Ready(String traceId, List<SpanRecord> spans, boolean early) {
    }

    private static final class Trace {
        final List<SpanRecord> spans = new ArrayList<>();
        final Set<String> ids = new HashSet<>();
        final Instant firstSeen;
        Instant readyAt;

        Trace(Instant firstSeen) {
            this.firstSeen = firstSeen;
        }
    }

    private final int maxSpans;
    private final int maxTraces;
    private final Duration grace;
    private final Duration maxWait;
    private final Clock clock;
    private final Map<String, Trace> pending = new LinkedHashMap<>();
    private final LinkedHashMap<String, Trace> done = new LinkedHashMap<>();
    private final Set<String> forgotten;
    private int pendingSpans;
    private int doneSpans;
    private long flushedEarly;

    PendingTraces(int maxSpans, int maxTraces, Duration grace, Duration maxWait, Clock clock) {
        this.maxSpans = maxSpans;
        this.maxTraces = maxTraces;
        this.grace = grace;
        this.maxWait = maxWait;
        this.clock = clock;
        int forgetLimit = Math.max(1024, maxTraces * 4);
        this.forgotten = java.util.Collections.newSetFromMap(new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > forgetLimit;
            }
        });
    }

    /**
     * Adds a span. Returns false when its trace was handed over and forgotten already (the caller rejects the
     * span). A span whose id the trace holds already (an exporter's retry) is taken and ignored.
     */
    boolean add(SpanRecord span) {
        Trace t = pending.get(span.traceId);
        if (t == null) {
            if (forgotten.contains(span.traceId)) {
                return false;
            }
            t = done.remove(span.traceId);
            if (t != null) {
                if (t.ids.contains(span.id)) {
                    done.put(span.traceId, t);
                    return true;
                }
                doneSpans -= t.spans.size();
                pendingSpans += t.spans.size();
                t.readyAt = clock.instant().plus(grace);
            } else {
                t = new Trace(clock.instant());
            }
            pending.put(span.traceId, t);
        }
        if (!t.ids.add(span.id)) {
            return true;
        }
        t.spans.add(span);
        pendingSpans++;
        if (span.parentId == null && t.readyAt == null) {
            t.readyAt = clock.instant().plus(grace);
        }
        return true;
    }

    /** Traces complete by now, then the oldest ones past the memory bounds, in the order they arrived. */
    List<Ready> due() {
        Instant now = clock.instant();
        List<Ready> out = new ArrayList<>();
        Iterator<Map.Entry<String, Trace>> it = pending.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<String, Trace> e = it.next();
            Trace t = e.getValue();
            boolean complete = t.readyAt != null && !now.isBefore(t.readyAt);
            boolean overdue = t.readyAt == null && !now.isBefore(t.firstSeen.plus(maxWait));
            boolean overBounds = pendingSpans > maxSpans || pending.size() > maxTraces;
            if (complete || overdue || overBounds) {
                it.remove();
                out.add(handOver(e.getKey(), t, !complete && !overdue));
            }
        }
        return out;
    }

    /** Every pending trace, complete or not, for a receiver that stops. */
    List<Ready> drainAll() {
        List<Ready> out = new ArrayList<>();
        for (Map.Entry<String, Trace> e : pending.entrySet()) {
            out.add(handOver(e.getKey(), e.getValue(), false));
        }
        pending.clear();
        return out;
    }

    int pendingSpans() {
        return pendingSpans;
    }

    int pendingTraces() {
        return pending.size();
    }

    /** Traces handed over before they were complete because the bounds were reached. */
    long flushedEarly() {
        return flushedEarly;
    }

    private Ready handOver(String traceId, Trace t, boolean early) {
        pendingSpans -= t.spans.size();
        if (early) {
            flushedEarly++;
        }
        t.readyAt = null;
        done.put(traceId, t);
        doneSpans += t.spans.size();
        Iterator<Map.Entry<String, Trace>> old = done.entrySet().iterator();
        while (old.hasNext() && (doneSpans > maxSpans || done.size() > maxTraces)) {
            Map.Entry<String, Trace> e = old.next();
            doneSpans -= e.getValue().spans.size();
            forgotten.add(e.getKey());
            old.remove();
        }
        return new Ready(traceId, List.copyOf(t.spans), early);
    }
}
