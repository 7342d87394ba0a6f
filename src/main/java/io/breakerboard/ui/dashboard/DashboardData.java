package io.breakerboard.ui.dashboard;

import io.breakerboard.metrics.DashboardSnapshot;
import io.breakerboard.metrics.MetricsFilter;
import io.breakerboard.metrics.QualityReport;
import io.breakerboard.model.Execution;
import io.breakerboard.model.MonthProjection;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One refresh of the dashboard, immutable: built on the refresher's thread, read on the FX thread and by the
 * chart writer.
 *
 * @param spec     what the person had chosen when it was taken
 * @param filter   the spec pinned to the moment of the refresh
 * @param failures recent failed executions under the filter, newest first, without steps; null while they are being
 *                 read (they are a query, read beside the snapshot)
 * @param agents   every agent known, for the agent filter
 * @param faults   when chaos faults were active in the range, for the markers on the time charts
 * @param patterns every orchestration pattern to offer in the pattern filter
 * @param month    this calendar month's cost projected under the filter's agents and patterns; null while it is read
 * @param quality  the quality figures of the filter, read less often than the snapshot (they are a query); null
 *                 while they are being read
 * @param detailsVersion the data version (of {@link DashboardSnapshot#version()}) the failures, quality and
 *                 projection were read at, the oldest of the three; -1 while any of them is being read
 */
public record DashboardData(FilterSpec spec, MetricsFilter filter, DashboardSnapshot snapshot, List<Execution> failures,
                            SortedSet<String> agents, List<FaultWindow> faults, SortedSet<String> patterns,
                            MonthProjection month, QualityReport quality, long detailsVersion) {
    public DashboardData {
        failures = failures == null ? null : List.copyOf(failures);
        faults = List.copyOf(faults);
        agents = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(agents));
        patterns = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(patterns));
    }

    /** Whether the snapshot and everything read beside it hold at least the data of {@code version}. */
    public boolean holds(long version) {
        return snapshot.version() >= version && detailsVersion >= version;
    }

    /** Whether the recent failures of the filter have been read. */
    public boolean failuresRead() {
        return failures != null;
    }

    /** Data without patterns to offer, a projection or quality figures. */
    public DashboardData(FilterSpec spec, MetricsFilter filter, DashboardSnapshot snapshot, List<Execution> failures,
                         SortedSet<String> agents, List<FaultWindow> faults) {
        this(spec, filter, snapshot, failures, agents, faults, new TreeSet<>(), null, null, -1);
    }
}
