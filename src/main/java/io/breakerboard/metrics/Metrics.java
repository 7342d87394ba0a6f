package io.breakerboard.metrics;

import io.breakerboard.model.Execution;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;

/**
 * Incremental aggregates over every execution recorded, kept as per-agent, per-minute rollups and merged on
 * demand. Thread-safe: the pipeline records while the UI takes snapshots.
 */
public interface Metrics {

    /** Adds one execution to its agent's minute. */
    void record(Execution execution);

    /**
     * Makes the rollup of {@code agent} in {@code epochMinute} hold exactly {@code executions}, whatever it held
     * before: how a stored execution that was replaced by a newer version leaves the metrics (sketches cannot
     * forget a value, so the minute is built again from what the store now holds for it).
     *
     * @param executions every stored execution of that agent starting in that minute
     * @throws IllegalArgumentException when one of them is of another agent or minute
     */
    void rebuildMinute(String agent, long epochMinute, Collection<Execution> executions);

    /** Aggregates for a filter, merged from the rollups. */
    DashboardSnapshot snapshot(MetricsFilter filter);

    /** Grows with every record or restore. */
    long version();

    /** Every agent recorded. */
    SortedSet<String> agents();

    /**
     * The orchestration patterns of executions recorded by this process. Rollups do not keep them, so patterns
     * of executions restored from saved rollups are not among them.
     */
    default SortedSet<String> patterns() {
        return java.util.Collections.emptySortedSet();
    }

    /** From the earliest recorded start to the latest end, empty when nothing was recorded. */
    Optional<TimeRange> span();

    /** Rollups changed since the last drain, for the store to persist. */
    List<RollupRecord> drainDirty();

    /**
     * Whole UTC days, one record each: for every agent and day among {@code changed} (as drained), all that day's
     * minutes merged and placed at the day's first minute. Restored instead of the minutes, they give the same
     * totals, agents and percentiles for a range of whole days, though not its series; a report needs no more.
     */
    List<RollupRecord> dayTotals(Collection<RollupRecord> changed);

    /** Loads persisted rollups (on start-up), merging into what is held. */
    void restore(Collection<RollupRecord> records);
}
