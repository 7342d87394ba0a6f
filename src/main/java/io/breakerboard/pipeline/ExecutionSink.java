package io.breakerboard.pipeline;

import io.breakerboard.model.Execution;
import io.breakerboard.model.QuarantinedRecord;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Where executions go once read or produced: the store, the metrics and everyone listening. */
public interface ExecutionSink {

    /**
     * Stores the executions whose keys are not stored yet and skips the rest (a sink that keeps versions replaces
     * a stored execution whose key comes back with other content, see {@link #writeCountedAsync}).
     *
     * @return how many were skipped as duplicates
     */
    int write(List<Execution> batch);

    /**
     * Like {@link #write} but may return before the batch is stored, so the caller can read the next one
     * meanwhile. Sinks with a bounded queue block here while it is full. The default writes at once.
     *
     * @return completes with the number of duplicates, or exceptionally when the batch could not be stored
     */
    default CompletableFuture<Integer> writeAsync(List<Execution> batch) {
        try {
            return CompletableFuture.completedFuture(write(batch));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /**
     * Like {@link #writeAsync} and also counts the stored executions that the batch replaced by a newer version
     * (same key, other content). The default stores as {@link #writeAsync} does and replaces nothing.
     */
    default CompletableFuture<WriteCounts> writeCountedAsync(List<Execution> batch) {
        return writeAsync(batch).thenApply(duplicates -> new WriteCounts(duplicates, 0));
    }

    /** Keeps records that could not be imported. */
    void quarantine(List<QuarantinedRecord> records);

    /** Makes everything written so far durable. */
    void flush();
}
