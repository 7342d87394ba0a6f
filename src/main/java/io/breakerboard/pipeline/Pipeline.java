package io.breakerboard.pipeline;

import io.breakerboard.metrics.Metrics;
import io.breakerboard.metrics.RollupRecord;
import io.breakerboard.model.Execution;
import io.breakerboard.model.QuarantinedRecord;
import io.breakerboard.store.ExecutionStore;
import io.breakerboard.store.InsertResult;
import io.breakerboard.store.PreparedBatch;
import io.breakerboard.store.QuarantineRepository;
import io.breakerboard.store.RollupRepository;
import io.breakerboard.store.SharedChanges;
import io.breakerboard.store.StoreException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

/**
 * The one way executions enter the store. Each batch is redacted and packed on the caller's thread, then stored,
 * recorded into the metrics and announced on a single writer thread, so writes never race and a parser can
 * read ahead while the previous batch is written. Only executions new to the store reach the metrics, so
 * importing a file twice counts it once; a stored execution whose key comes back with other content is replaced,
 * and the minutes it was and is in are built again from the store. Thread-safe.
 */
public final class Pipeline implements ExecutionSink, AutoCloseable {
    /** Batches waiting for the writer before a producer has to wait. */
    static final int QUEUE_CAPACITY = 4;

    private static final System.Logger LOG = System.getLogger(Pipeline.class.getName());

    private final ExecutionStore executions;
    private final QuarantineRepository quarantine;
    private final RollupRepository rollups;
    private final Metrics metrics;
    private final UnaryOperator<Execution> redaction;
    private final UnaryOperator<String> textRedaction;
    private final List<PipelineListener> listeners = new CopyOnWriteArrayList<>();
    private final WriterThread writer = new WriterThread("breakerboard-writer", QUEUE_CAPACITY);
    private final SharedStoreFollower follower;
    private volatile boolean closed;

    /**
     * @param redaction     masks secrets in an execution before it is stored
     * @param textRedaction masks secrets in the raw text of quarantined records
     */
    public Pipeline(ExecutionStore executions, QuarantineRepository quarantine, RollupRepository rollups,
                    Metrics metrics, UnaryOperator<Execution> redaction, UnaryOperator<String> textRedaction) {
        this(executions, quarantine, rollups, null, metrics, redaction, textRedaction);
    }

    /**
     * For a store other processes write at the same time ({@code shared} not null): the metrics then follow the
     * store's changes, this process's own included (decision 0028); the saved rollups must be restored through
     * {@link #restoreShared()} instead of {@code MetricsRestorer}.
     */
    public Pipeline(ExecutionStore executions, QuarantineRepository quarantine, RollupRepository rollups,
                    SharedChanges shared, Metrics metrics, UnaryOperator<Execution> redaction,
                    UnaryOperator<String> textRedaction) {
        this.follower = shared == null ? null : new SharedStoreFollower(shared, metrics);
        this.executions = Objects.requireNonNull(executions, "executions");
        this.quarantine = Objects.requireNonNull(quarantine, "quarantine");
        this.rollups = Objects.requireNonNull(rollups, "rollups");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        this.redaction = Objects.requireNonNull(redaction, "redaction");
        this.textRedaction = Objects.requireNonNull(textRedaction, "textRedaction");
    }

    @Override
    public CompletableFuture<Integer> writeAsync(List<Execution> batch) {
        return writeCountedAsync(batch).thenApply(WriteCounts::duplicates);
    }

    @Override
    public CompletableFuture<WriteCounts> writeCountedAsync(List<Execution> batch) {
        if (batch.isEmpty()) {
            return CompletableFuture.completedFuture(new WriteCounts(0, 0));
        }
        List<Execution> redacted = new ArrayList<>(batch.size());
        for (Execution e : batch) {
            redacted.add(redaction.apply(e));
        }
        // Packing on the caller's thread leaves the writer only what must be done in order.
        PreparedBatch prepared = executions.prepare(redacted);
        return writer.submit(() -> store(prepared));
    }

    @Override
    public int write(List<Execution> batch) {
        return join(writeAsync(batch));
    }

    private WriteCounts store(PreparedBatch batch) {
        InsertResult result = executions.insertNew(batch);
        if (follower != null) {
            announce(follower.catchUp(Long.MAX_VALUE));
            return new WriteCounts(result.duplicates(), result.updated().size());
        }
        List<Execution> added = new ArrayList<>(result.inserted());
        for (Execution e : added) {
            metrics.record(e);
        }
        if (!result.updated().isEmpty()) {
            MinuteRebuild.of(result.updated()).apply(executions, metrics);
            for (InsertResult.Update u : result.updated()) {
                added.add(u.current());
            }
        }
        announce(added);
        return new WriteCounts(result.duplicates(), result.updated().size());
    }

    private void announce(List<Execution> added) {
        if (added.isEmpty()) {
            return;
        }
        long version = metrics.version();
        for (PipelineListener l : listeners) {
            try {
                l.executionsAdded(added, version);
            } catch (RuntimeException ex) {
                LOG.log(System.Logger.Level.WARNING, "A pipeline listener failed; the others still run", ex);
            }
        }
    }

    /**
     * Brings the metrics of a shared store back: the saved rollups, then every change stored since. Call once,
     * before anything is written.
     */
    public void restoreShared() {
        requireShared();
        join(writer.submit(() -> follower.restore()));
    }

    /**
     * Applies what other processes stored since the last look, on the writer thread, and tells the listeners as
     * for this process's own writes.
     *
     * @return how many executions were added or replaced
     */
    public CompletableFuture<Integer> followShared() {
        requireShared();
        return writer.submit(() -> {
            List<Execution> added = follower.catchUp(Long.MAX_VALUE);
            announce(added);
            return added.size();
        });
    }

    /** The change number of a shared store up to which the metrics hold every change. */
    public long sharedWatermark() {
        requireShared();
        return follower.watermark();
    }

    private void requireShared() {
        if (follower == null) {
            throw new IllegalStateException("the store is not shared");
        }
    }

    @Override
    public void quarantine(List<QuarantinedRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        List<QuarantinedRecord> redacted = new ArrayList<>(records.size());
        for (QuarantinedRecord r : records) {
            redacted.add(new QuarantinedRecord(r.source(), r.line(), textRedaction.apply(r.reason()),
                    textRedaction.apply(r.raw())));
        }
        join(writer.submit(() -> {
            quarantine.insert(redacted);
            return null;
        }));
    }

    /** Waits for queued writes and saves the rollups they changed, so a restart restores them. */
    @Override
    public void flush() {
        join(writer.submit(() -> {
            if (follower != null) {
                try {
                    announce(follower.save());
                } catch (StoreException e) {
                    // A viewer's role may not write; the saved rollups only shorten the next start.
                    LOG.log(System.Logger.Level.WARNING, "Metric rollups not saved to the team store: " + e.getMessage());
                }
                return null;
            }
            // On the writer thread nothing is stored between the drain and the count, so they agree.
            List<RollupRecord> dirty = metrics.drainDirty();
            rollups.save(dirty, metrics.dayTotals(dirty), executions.count());
            return null;
        }));
    }

    /** Grows whenever executions were added. */
    public long dataVersion() {
        return metrics.version();
    }

    public void addListener(PipelineListener listener) {
        listeners.add(listener);
    }

    public void removeListener(PipelineListener listener) {
        listeners.remove(listener);
    }

    /** Flushes and stops the writer thread. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            flush();
        } finally {
            writer.stop();
        }
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }
}
