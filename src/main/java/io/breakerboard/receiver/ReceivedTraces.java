package io.breakerboard.receiver;

import io.breakerboard.ingest.OutOfRange;
import io.breakerboard.ingest.format.telemetry.CliEvents;
import io.breakerboard.ingest.format.telemetry.CliSessions;
import io.breakerboard.ingest.format.trace.SpanRecord;
import io.breakerboard.ingest.format.trace.TraceAssembler;
import io.breakerboard.ingest.format.trace.TraceContext;
import io.breakerboard.model.Execution;
import io.breakerboard.model.QuarantinedRecord;
import io.breakerboard.model.ValueRanges;
import io.breakerboard.pipeline.ExecutionSink;
import io.breakerboard.pipeline.WriteCounts;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Received spans on their way to the store: assembled into executions across requests ({@link PendingTraces}),
 * range-checked as file imports are, then queued for the sink and written by one thread. The queue is bounded by
 * refusing new spans while it is full, so a store that cannot keep up is answered with "busy", never by dropping
 * data. Thread-safe.
 */
final class ReceivedTraces implements AutoCloseable {
    /** The format name executions received over OTLP/HTTP are stamped with. */
    static final String FORMAT = "otlp-http";
    private static final int WRITE_BATCH = 500;
    private static final System.Logger LOG = System.getLogger(ReceivedTraces.class.getName());

    /** What happened to one request's spans. */
    record Offer(boolean busy, long rejected, String message) {
    }

    private record Outgoing(Execution execution, QuarantinedRecord quarantined, boolean outOfRange) {
    }

    private final ExecutionSink sink;
    private final String source;
    private final int queueCapacity;
    private final PendingTraces pending;
    private final LinkedBlockingQueue<Outgoing> queue = new LinkedBlockingQueue<>();
    private final Thread writer;
    private final Object writtenLock = new Object();
    private long outstanding;
    private long requests, spans, rejected, busy, stored, updated, quarantined, failed;
    private volatile boolean closed;

    ReceivedTraces(ExecutionSink sink, String source, ReceiverSettings settings, Clock clock) {
        this.sink = sink;
        this.source = source;
        this.queueCapacity = settings.queueCapacity();
        this.pending = new PendingTraces(settings.maxPendingSpans(), settings.maxPendingTraces(), settings.grace(),
                settings.maxWait(), clock);
        this.writer = new Thread(this::writeLoop, "breakerboard-otlp-writer");
        writer.setDaemon(true);
        writer.start();
    }

    /** Takes one request's spans, or refuses them all when the queue to the store is full. */
    synchronized Offer offer(ReceivedSpans received) {
        if (queue.size() >= queueCapacity) {
            busy++;
            return new Offer(true, 0, "the store is not keeping up: " + queue.size() + " executions wait for it");
        }
        List<String> reasons = new ArrayList<>(received.rejections());
        for (SpanRecord s : received.spans()) {
            if (pending.add(s)) {
                spans++;
            } else {
                reasons.add(CliEvents.isSessionKey(s.traceId)
                        ? "event '" + s.spanName + "' arrived after its session " + s.traceId
                                + " was stored and no longer held; it is not kept"
                        : "span '" + s.spanName + "' arrived after its trace " + s.traceId
                                + " was stored and no longer held; it is not kept");
            }
        }
        requests++;
        rejected += reasons.size();
        if (!reasons.isEmpty()) {
            quarantine(reasons);
        }
        String message = reasons.isEmpty() ? "" : reasons.size() == 1 ? reasons.get(0)
                : reasons.get(0) + " (and " + (reasons.size() - 1) + " more)";
        return new Offer(false, reasons.size(), message);
    }

    /** Assembles the traces complete by now and queues them for the store; returns how many. */
    synchronized int emitDue() {
        return emit(pending.due());
    }

    /** Blocks until everything queued so far is written. */
    void awaitWritten() throws InterruptedException {
        synchronized (writtenLock) {
            while (outstanding > 0) {
                writtenLock.wait();
            }
        }
    }

    synchronized ReceiverCounts counts() {
        return new ReceiverCounts(requests, spans, rejected, busy, stored, updated, quarantined, failed,
                pending.flushedEarly(), pending.pendingSpans());
    }

    /** Assembles every trace still held, writes everything and stops the writer. */
    @Override
    public void close() throws InterruptedException {
        synchronized (this) {
            emit(pending.drainAll());
        }
        awaitWritten();
        closed = true;
        writer.interrupt();
        writer.join();
    }

    private int emit(List<PendingTraces.Ready> ready) {
        for (PendingTraces.Ready r : ready) {
            Execution e;
            try {
                e = CliEvents.isSessionKey(r.traceId()) ? CliSessions.assemble(r.traceId(), r.spans())
                        : TraceAssembler.assemble("otlp:" + r.traceId(), r.spans(), TraceContext.NONE);
            } catch (IllegalArgumentException | IllegalStateException ex) {
                enqueue(new Outgoing(null, new QuarantinedRecord(source, 0, "trace " + r.traceId()
                        + " could not be read: " + ex.getMessage(), ""), false));
                continue;
            }
            String outOfRange = ValueRanges.problem(e);
            if (outOfRange != null) {
                enqueue(new Outgoing(null, new QuarantinedRecord(source, 0, OutOfRange.reason(e, outOfRange),
                        OutOfRange.raw(e)), true));
            } else {
                enqueue(new Outgoing(e.withOrigin(source, FORMAT), null, false));
            }
        }
        return ready.size();
    }

    private void quarantine(List<String> reasons) {
        for (String reason : reasons) {
            enqueue(new Outgoing(null, new QuarantinedRecord(source, 0, reason, ""), false));
        }
    }

    private void enqueue(Outgoing o) {
        synchronized (writtenLock) {
            outstanding++;
        }
        queue.add(o);
    }

    private void writeLoop() {
        List<Outgoing> batch = new ArrayList<>();
        while (!closed) {
            try {
                Outgoing first = queue.poll(1, TimeUnit.SECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, WRITE_BATCH - 1);
                write(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                synchronized (writtenLock) {
                    outstanding -= batch.size();
                    writtenLock.notifyAll();
                }
                batch.clear();
            }
        }
    }

    // A failed write is logged and counted; the writer goes on, as the store may recover.
    private void write(List<Outgoing> batch) {
        List<Execution> executions = new ArrayList<>();
        List<QuarantinedRecord> records = new ArrayList<>();
        long outOfRange = 0;
        for (Outgoing o : batch) {
            if (o.execution() != null) {
                executions.add(o.execution());
            } else {
                records.add(o.quarantined());
                outOfRange += o.outOfRange() ? 1 : 0;
            }
        }
        try {
            WriteCounts counts = sink.writeCountedAsync(executions).join();
            sink.quarantine(records);
            synchronized (this) {
                stored += executions.size() - counts.duplicates() - counts.updated();
                updated += counts.updated();
                quarantined += outOfRange;
            }
        } catch (RuntimeException e) {
            synchronized (this) {
                failed += executions.size();
            }
            LOG.log(System.Logger.Level.ERROR, executions.size() + " received executions could not be stored", e);
        }
    }
}
