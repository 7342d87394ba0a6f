package io.breakerboard.metrics;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Merges the rollups a filter selects into a {@link DashboardSnapshot}. Each rollup is read once, under its own
 * monitor, and feeds its agent, the models and its series bucket, so the totals, the agents and the series of
 * one snapshot always agree with each other.
 */
final class SnapshotMerger {
    private SnapshotMerger() {
    }

    /**
     * @param agents     the selected agents, by name
     * @param from       first epoch minute in range
     * @param to         first epoch minute past the range
     * @param modelNames how many model names are pooled, to size the model arrays
     */
    static DashboardSnapshot merge(MetricsFilter filter, List<AgentRollups> agents, long from, long to, long version,
            Instant takenAt, int modelNames) {
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        if (from < to) {
            for (AgentRollups agent : agents) {
                first = Math.min(first, agent.firstMinute(from, to - 1));
                last = Math.max(last, agent.lastMinute(from, to - 1));
            }
        }
        if (first > last) {
            return new DashboardSnapshot(filter, new StatsAccumulator().toStats(AgentStats.ALL), List.of(), List.of(),
                    Duration.ofMinutes(1), List.of(), version, takenAt);
        }
        long width = BucketSize.minutesFor(first, last);
        long firstBucket = Math.floorDiv(first, width);
        BucketAccumulator[] buckets = new BucketAccumulator[(int) BucketSize.count(first, last, width)];
        for (int i = 0; i < buckets.length; i++) {
            buckets[i] = new BucketAccumulator(agents.size());
        }
        String[] names = new String[agents.size()];
        StatsAccumulator total = new StatsAccumulator();
        ModelAccumulator models = new ModelAccumulator(modelNames);
        List<AgentStats> perAgent = new ArrayList<>();
        for (int a = 0; a < agents.size(); a++) {
            names[a] = agents.get(a).agent;
            StatsAccumulator stats = new StatsAccumulator();
            int agent = a;
            // Bounded by [first, last] so a minute created while merging cannot fall outside the buckets.
            agents.get(a).forEach(first, last, rollup -> {
                synchronized (rollup) {
                    stats.add(rollup);
                    models.add(rollup);
                    buckets[(int) (Math.floorDiv(rollup.minute, width) - firstBucket)].add(rollup, agent);
                }
            });
            if (stats.executions() > 0) {
                perAgent.add(stats.toStats(names[a]));
                total.add(stats);
            }
        }
        List<SeriesPoint> series = new ArrayList<>(buckets.length);
        for (int i = 0; i < buckets.length; i++) {
            Instant start = Instant.ofEpochSecond((firstBucket + i) * width * 60);
            series.add(buckets[i].toPoint(start, names));
        }
        return new DashboardSnapshot(filter, total.toStats(AgentStats.ALL), perAgent, models.toList(),
                Duration.ofMinutes(width), series, version, takenAt);
    }
}
