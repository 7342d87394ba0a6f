package io.breakerboard.service;

import io.breakerboard.metrics.DashboardSnapshot;
import io.breakerboard.metrics.Metrics;
import io.breakerboard.metrics.MetricsFilter;
import io.breakerboard.pipeline.MetricsRestorer;
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
     * @throws io.breakerboard.store.DataDirectoryInUseException when another process has the directory open
     */
    public static DashboardSnapshot snapshot(Path dataDir, Components components, MetricsFilter filter) {
        try (Store store = Store.open(dataDir, components.clock())) {
            Metrics metrics = components.metrics().get();
            new MetricsRestorer(store.executions(), store.rollups(), metrics).restoreTotals(filter.range());
            return metrics.snapshot(filter);
        }
    }
}
