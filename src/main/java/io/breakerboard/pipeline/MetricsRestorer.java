package io.breakerboard.pipeline;

import io.breakerboard.metrics.Metrics;
import io.breakerboard.metrics.RollupRecord;
import io.breakerboard.metrics.TimeRange;
import io.breakerboard.store.ExecutionStore;
import io.breakerboard.store.RollupRepository;
import java.util.List;
import java.util.OptionalLong;

/**
 * Brings the in-memory metrics back on start-up. Normally from the saved rollups, which takes milliseconds;
 * when they do not cover exactly the executions stored (the process stopped between storing a batch and
 * saving its rollups), from the executions themselves, and the rebuilt rollups are saved.
 */
public final class MetricsRestorer {

    /** How the metrics were brought back. */
    public enum Result {
        /** Nothing stored yet. */
        EMPTY,
        /** From the saved rollups. */
        RESTORED,
        /** From the executions, because the saved rollups did not match them. */
        REBUILT
    }

    private final ExecutionStore executions;
    private final RollupRepository rollups;
    private final Metrics metrics;

    public MetricsRestorer(ExecutionStore executions, RollupRepository rollups, Metrics metrics) {
        this.executions = executions;
        this.rollups = rollups;
        this.metrics = metrics;
    }

    /** Call once, before anything is written through the pipeline. */
    public Result restore() {
        long stored = executions.count();
        OptionalLong covered = rollups.checkpoint();
        if (stored == 0) {
            if (covered.isPresent()) {
                rollups.clear();
            }
            return Result.EMPTY;
        }
        if (covered.isPresent() && covered.getAsLong() == stored) {
            metrics.restore(rollups.loadAll());
            return Result.RESTORED;
        }
        rollups.clear();
        executions.forEach(metrics::record);
        List<RollupRecord> rebuilt = metrics.drainDirty();
        rollups.save(rebuilt, metrics.dayTotals(rebuilt), stored);
        return Result.REBUILT;
    }

    /**
     * Brings back only what a snapshot of {@code range} needs, coarsely: the total of each UTC day wholly inside
     * the range, the minutes of a day it cuts. The snapshot's totals, agents and percentiles are those a full
     * restore gives; its series has one point per whole day. For one-shot readers such as {@code report}: the
     * metrics must not be written back. When the saved rollups do not cover the stored executions this is
     * {@link #restore()}.
     */
    public Result restoreTotals(TimeRange range) {
        long stored = executions.count();
        OptionalLong covered = rollups.checkpoint();
        if (stored == 0 || covered.isEmpty() || covered.getAsLong() != stored) {
            return restore();
        }
        metrics.restore(rollups.loadTotals(range));
        return Result.RESTORED;
    }
}
