package io.breakerboard.metrics;

import io.breakerboard.model.Execution;
import java.time.Clock;
import java.util.Set;
import java.util.function.Function;

/**
 * Figures computed from executions read from the store rather than from the saved rollups: the way to answer what
 * the rollups do not carry (they are kept per agent and minute, not per orchestration pattern). The executions go
 * through a fresh {@link RollupMetrics}, so rates, percentiles and costs are computed exactly as the dashboard's
 * are. Costs a read of every execution in the range, where rollups cost a merge of minutes.
 */
public final class ScannedSnapshot {
    /** The label of executions that name no pattern, in a breakdown by pattern. */
    public static final String NO_PATTERN = "(none)";

    private ScannedSnapshot() {
    }

    /**
     * The snapshot of {@code filter} over {@code executions}, one row per agent.
     *
     * @param executions every execution of the filter (patterns included), as the store finds them
     */
    public static DashboardSnapshot of(Iterable<Execution> executions, MetricsFilter filter, Clock clock) {
        return grouped(executions, filter, clock, null);
    }

    /** As {@link #of}, one row per pattern ({@link #NO_PATTERN} for executions that name none) instead of agent. */
    public static DashboardSnapshot byPattern(Iterable<Execution> executions, MetricsFilter filter, Clock clock) {
        return grouped(executions, filter, clock, e -> e.pattern() == null ? NO_PATTERN : e.pattern());
    }

    // The rows of a snapshot are its executions' agents; grouping by something else relabels each execution's
    // agent (group null keeps the agents).
    private static DashboardSnapshot grouped(Iterable<Execution> executions, MetricsFilter filter, Clock clock,
                                             Function<Execution, String> group) {
        RollupMetrics metrics = new RollupMetrics(clock);
        for (Execution e : executions) {
            if (!filter.includesAgent(e.agent()) || !filter.includesPattern(e.pattern())) {
                continue;
            }
            metrics.record(group == null ? e : e.toBuilder().agent(group.apply(e)).build());
        }
        return metrics.snapshot(group == null ? filter.withoutPatterns() : new MetricsFilter(filter.range(), Set.of()));
    }
}
