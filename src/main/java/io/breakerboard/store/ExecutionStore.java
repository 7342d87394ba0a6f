package io.breakerboard.store;

import io.breakerboard.metrics.MetricsFilter;
import io.breakerboard.metrics.QualityFacts;
import io.breakerboard.model.Execution;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Stored executions and their steps, the same for the embedded store ({@link ExecutionRepository}: packed blocks,
 * one writing process) and a team store ({@link PostgresExecutions}: one row each, many writing processes).
 */
public interface ExecutionStore {
    /**
     * Does on the calling thread what an insert can do before it knows which keys are stored (see
     * {@link PreparedBatch}); thread-safe.
     */
    PreparedBatch prepare(List<Execution> batch);

    /**
     * Stores the executions whose keys are not stored yet, skipping keys already stored with the same content and
     * repeats inside the batch (the first one wins), and replacing the stored executions whose key comes back
     * with other content ({@link ExecutionFingerprint}). Each chunk of {@link ExecutionRepository#COMMIT_CHUNK} is
     * stored whole or not at all.
     */
    InsertResult insertNew(PreparedBatch batch);

    /** {@link #prepare} then {@link #insertNew(PreparedBatch)}. */
    default InsertResult insertNew(List<Execution> batch) {
        return insertNew(prepare(batch));
    }

    /** Executions in the filter, newest first, without their steps (with their step count). */
    List<Execution> find(MetricsFilter filter, boolean failuresOnly, int limit);

    /** Every execution in the filter, newest first, without steps, read lazily a page at a time. */
    Iterable<Execution> scan(MetricsFilter filter, boolean failuresOnly);

    /**
     * Hands what each execution in the filter contributes to the quality figures to {@code action}, newest first,
     * a page at a time.
     */
    void forEachQuality(MetricsFilter filter, Consumer<QualityFacts> action);

    /** One execution with all its steps. */
    Optional<Execution> findByKey(String key);

    /** Executions stored. */
    long count();

    /** Hands every stored execution, without steps, to {@code action}, oldest first. */
    void forEach(Consumer<Execution> action);
}
