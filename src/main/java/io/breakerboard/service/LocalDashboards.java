package io.breakerboard.service;

import io.breakerboard.metrics.DashboardSnapshot;
import io.breakerboard.metrics.Metrics;
import io.breakerboard.metrics.MetricsFilter;
import io.breakerboard.metrics.QualityReport;
import io.breakerboard.metrics.ScannedSnapshot;
import io.breakerboard.metrics.TimeRange;
import io.breakerboard.store.Store;
import java.time.Clock;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/** The dashboard's figures from the workspace's in-memory metrics, and from the store where rollups cannot answer. */
final class LocalDashboards implements Dashboards {
    private final Metrics metrics;
    private final Store store;
    private final Clock clock;

    LocalDashboards(Metrics metrics, Store store, Clock clock) {
        this.metrics = metrics;
        this.store = store;
        this.clock = clock;
    }

    @Override
    public DashboardSnapshot snapshot(MetricsFilter filter) {
        return filter.needsExecutions() ? ScannedSnapshot.of(store.executions().scan(filter, false), filter, clock)
                : metrics.snapshot(filter);
    }

    @Override
    public SortedSet<String> patterns() {
        SortedSet<String> all = new TreeSet<>(Dashboards.super.patterns());
        all.addAll(metrics.patterns());
        return all;
    }

    @Override
    public long dataVersion() {
        return metrics.version();
    }

    @Override
    public SortedSet<String> agents() {
        return metrics.agents();
    }

    @Override
    public Optional<TimeRange> dataSpan() {
        return metrics.span();
    }

    @Override
    public QualityReport quality(MetricsFilter filter) {
        return StoredReport.quality(store, filter);
    }
}
