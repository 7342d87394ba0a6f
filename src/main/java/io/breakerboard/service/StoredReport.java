package io.breakerboard.service;

import io.breakerboard.metrics.DashboardSnapshot;
import io.breakerboard.metrics.Metrics;
import io.breakerboard.metrics.MetricsFilter;
import io.breakerboard.metrics.QualityAccumulator;
import io.breakerboard.metrics.QualityReport;
import io.breakerboard.metrics.ScannedSnapshot;
import io.breakerboard.pipeline.MetricsRestorer;
import io.breakerboard.pipeline.SharedStoreFollower;
import io.breakerboard.store.Store;
import java.nio.file.Path;

/**
 * The figures of {@code report} straight from a data directory: the database and the saved rollups the filter
 * needs (a total per whole day, see {@link MetricsRestorer#restoreTotals}), without the pipeline, the tailer or a
 * restore of every minute that a {@link LocalWorkspace} opens with.
 */
public final class StoredReport {
    private StoredReport() {
    }

    /**
     * The figures per orchestration pattern instead of per agent (executions naming none under
     * {@link ScannedSnapshot#NO_PATTERN}). Rollups do not carry the pattern, so this reads every execution of the
     * range from the store.
     */
    public static DashboardSnapshot byPattern(StoreLocation location, Components components, MetricsFilter filter) {
        try (Store store = location.open(components.clock())) {
            return ScannedSnapshot.byPattern(store.executions().scan(filter, false), filter, components.clock());
        }
    }

    /**
     * @throws io.breakerboard.store.DataDirectoryInUseException when another process has the directory open
     */
    public static DashboardSnapshot snapshot(Path dataDir, Components components, MetricsFilter filter) {
        return snapshot(StoreLocation.of(dataDir), components, filter);
    }

    /** The quality figures of the filter, from the data directory's database or a team store. */
    public static QualityReport quality(StoreLocation location, Components components, MetricsFilter filter) {
        try (Store store = location.open(components.clock())) {
            return quality(store, filter);
        }
    }

    static QualityReport quality(Store store, MetricsFilter filter) {
        QualityAccumulator quality = new QualityAccumulator();
        store.executions().forEachQuality(filter, quality::add);
        return quality.report();
    }

    /** As {@link #snapshot(Path, Components, MetricsFilter)}, from the data directory's database or a team store. */
    public static DashboardSnapshot snapshot(StoreLocation location, Components components, MetricsFilter filter) {
        try (Store store = location.open(components.clock())) {
            if (filter.needsExecutions()) {
                return ScannedSnapshot.of(store.executions().scan(filter, false), filter, components.clock());
            }
            Metrics metrics = components.metrics().get();
            if (store.isShared()) {
                SharedStoreFollower.restoreInto(store.shared(), metrics);
            } else {
                new MetricsRestorer(store.executions(), store.rollups(), metrics).restoreTotals(filter.range());
            }
            return metrics.snapshot(filter);
        }
    }
}
