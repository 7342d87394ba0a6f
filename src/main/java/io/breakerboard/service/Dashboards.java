package io.breakerboard.service;

import io.breakerboard.engine.orchestration.PatternKind;
import io.breakerboard.metrics.DashboardSnapshot;
import io.breakerboard.metrics.MetricsFilter;
import io.breakerboard.metrics.QualityReport;
import io.breakerboard.metrics.TimeRange;
import io.breakerboard.model.MonthProjection;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The figures the dashboard shows: aggregates of a filter, the agents and patterns it offers, and how far the data
 * reaches. Safe to call from any thread; {@link #quality} runs queries, the rest reads the in-memory rollups.
 */
public interface Dashboards {

    /**
     * Aggregates for a filter, from the in-memory rollups: milliseconds, no database scan. A filter naming
     * orchestration patterns, which rollups do not carry, runs a query over the range's executions instead.
     */
    DashboardSnapshot snapshot(MetricsFilter filter);

    /**
     * The orchestration patterns the filter offers: the engine's five and those of executions recorded since the
     * workspace opened.
     */
    default SortedSet<String> patterns() {
        SortedSet<String> all = new TreeSet<>();
        for (PatternKind p : PatternKind.values()) {
            all.add(p.id());
        }
        return all;
    }

    /**
     * The cost of the calendar month {@code now} falls in (in {@code zone}), projected at its month-to-date rate,
     * for the filter's agents and patterns (its range is replaced by the month).
     */
    default MonthProjection monthProjection(MetricsFilter filter, Instant now, ZoneId zone) {
        MonthProjection empty = MonthProjection.at(now, zone, 0);
        MetricsFilter month = new MetricsFilter(new TimeRange(empty.monthStart(), empty.monthEnd()), filter.agents(),
                filter.patterns());
        return MonthProjection.at(now, zone, snapshot(month).total().costMicros());
    }

    /** Grows whenever new executions were recorded; cheap, for polling. */
    long dataVersion();

    /** Every agent seen. */
    SortedSet<String> agents();

    /** From the earliest execution's start to the latest's end, empty when there is no data. */
    Optional<TimeRange> dataSpan();

    /**
     * The quality figures of the filter (scores, tool success, revisions, root causes, reviews, memory recall),
     * computed from the stored executions of the range. Runs queries over the range: poll it seldom.
     */
    QualityReport quality(MetricsFilter filter);
}
