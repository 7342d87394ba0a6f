package io.breakerboard.metrics;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Everything a dashboard shows for one filter, immutable, so the UI can read it from any thread.
 *
 * @param total    aggregates over every agent the filter includes (agent name {@link AgentStats#ALL})
 * @param agents   one entry per agent with executions in range, by name
 * @param models   cost by model, most expensive first
 * @param bucket   width of each series point, chosen from the range length
 * @param series   contiguous buckets covering the range's data, oldest first
 * @param version  grows whenever new data has been recorded; equal versions mean equal data
 * @param takenAt  when the snapshot was made
 */
public record DashboardSnapshot(
        MetricsFilter filter,
        AgentStats total,
        List<AgentStats> agents,
        List<ModelCost> models,
        Duration bucket,
        List<SeriesPoint> series,
        long version,
        Instant takenAt) {

    public DashboardSnapshot {
        agents = List.copyOf(agents);
        models = List.copyOf(models);
        series = List.copyOf(series);
    }
}
